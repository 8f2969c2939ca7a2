package org.collections.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentPlanRepository extends JpaRepository<PaymentPlan, Long> {

    @Query("select p from PaymentPlan p where p.customerId = :customerId and p.status = :status order by p.id")
    List<PaymentPlan> findByCustomerIdAndStatusOrderByIdAsc(@Param("customerId") Long customerId,
            @Param("status") PlanStatus status);

    @Query("select p from PaymentPlan p where p.customerId = :customerId order by p.id")
    List<PaymentPlan> findByCustomerIdOrderByIdAsc(@Param("customerId") Long customerId);

    /** The plan's customer, without reading the plan (so that the plan is read after the customer is locked). */
    @Query("select p.customerId from PaymentPlan p where p.id = :id")
    Long customerIdOf(@Param("id") Long planId);

    @Query("select p.id from PaymentPlan p, Customer c where p.customerId = c.id and c.number = :number "
            + "order by p.id")
    List<Long> idsOfCustomer(@Param("number") String customerNumber);
}
