package org.collections.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentPlanRepository extends JpaRepository<PaymentPlan, Long> {

    List<PaymentPlan> findByCustomerIdAndStatusOrderByIdAsc(Long customerId, PlanStatus status);

    List<PaymentPlan> findByCustomerIdOrderByIdAsc(Long customerId);

    @Query("select p.id from PaymentPlan p, Customer c where p.customerId = c.id and c.number = :number "
            + "order by p.id")
    List<Long> idsOfCustomer(@Param("number") String customerNumber);
}
