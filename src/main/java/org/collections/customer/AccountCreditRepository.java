package org.collections.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountCreditRepository extends JpaRepository<AccountCredit, Long> {

    @Query("select c from AccountCredit c where c.customerId = :customerId and c.currency = :currency")
    Optional<AccountCredit> findByCustomerIdAndCurrency(@Param("customerId") Long customerId,
            @Param("currency") String currency);

    @Query("select c from AccountCredit c where c.customerId = :customerId order by c.currency")
    List<AccountCredit> findByCustomerIdOrderByCurrencyAsc(@Param("customerId") Long customerId);
}
