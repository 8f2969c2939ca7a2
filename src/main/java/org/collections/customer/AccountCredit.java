package org.collections.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Currency;
import org.collections.invoice.Money;

/** Money of a customer that no invoice took yet, in one currency: used for the customer's next invoice in it. */
@Entity
@Table(name = "account_credit")
public class AccountCredit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false)
    private BigDecimal amount;

    @Version
    private long version;

    protected AccountCredit() {
    }

    AccountCredit(Long customerId, Currency currency) {
        this.customerId = customerId;
        this.currency = currency.getCurrencyCode();
        this.amount = BigDecimal.ZERO;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    void add(Money money) {
        amount = amount().plus(money).amount();
    }

    void take(Money money) {
        Money left = amount().minus(money);
        if (left.isNegative()) {
            throw new IllegalArgumentException("cannot take " + money + " from a credit of " + amount());
        }
        amount = left.amount();
    }

    public Long getCustomerId() {
        return customerId;
    }
}
