package org.collections.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountCreditRepository extends JpaRepository<AccountCredit, Long> {

    Optional<AccountCredit> findByCustomerIdAndCurrency(Long customerId, String currency);

    List<AccountCredit> findByCustomerIdOrderByCurrencyAsc(Long customerId);
}
