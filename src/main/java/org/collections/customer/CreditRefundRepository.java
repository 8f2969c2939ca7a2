package org.collections.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditRefundRepository extends JpaRepository<CreditRefund, Long> {

    List<CreditRefund> findByCustomerIdOrderByIdAsc(Long customerId);
}
