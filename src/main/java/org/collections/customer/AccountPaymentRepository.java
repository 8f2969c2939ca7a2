package org.collections.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountPaymentRepository extends JpaRepository<AccountPayment, Long> {

    @Query("select p from AccountPayment p where p.reference = :reference")
    Optional<AccountPayment> findByReference(@Param("reference") String reference);
}
