package org.collections.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CreditRefundRepository extends JpaRepository<CreditRefund, Long> {

    @Query("select r from CreditRefund r where r.customerId = :customerId order by r.id")
    List<CreditRefund> findByCustomerIdOrderByIdAsc(@Param("customerId") Long customerId);
}
