package org.collections.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentPlanRepository extends JpaRepository<PaymentPlan, Long> {

    List<PaymentPlan> findByCustomerIdAndStatusOrderByIdAsc(Long customerId, PlanStatus status);

    List<PaymentPlan> findByCustomerIdOrderByIdAsc(Long customerId);
}
