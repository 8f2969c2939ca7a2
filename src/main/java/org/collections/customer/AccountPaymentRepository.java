package org.collections.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountPaymentRepository extends JpaRepository<AccountPayment, Long> {

    Optional<AccountPayment> findByReference(String reference);
}
