package org.collections.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.collections.invoice.Money;

/**
 * A payment to a customer account as a whole. Its parts booked on invoices are payment rows of their own (with this
 * payment's reference); what no invoice took went to the account's credit.
 */
@Entity
@Table(name = "account_payment")
public class AccountPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "paid_at", nullable = false)
    private LocalDate paidAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "to_credit", nullable = false)
    private BigDecimal toCredit;

    @Column(name = "credit_after", nullable = false)
    private BigDecimal creditAfter;

    protected AccountPayment() {
    }

    AccountPayment(Long customerId, String reference, Money amount, LocalDate paidAt, Instant receivedAt) {
        this.customerId = customerId;
        this.reference = reference;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.paidAt = paidAt;
        this.receivedAt = receivedAt;
        this.toCredit = BigDecimal.ZERO;
        this.creditAfter = BigDecimal.ZERO;
    }

    /** What went to the account's credit, and the credit in this currency after it. */
    void credited(Money toCredit, Money creditAfter) {
        this.toCredit = toCredit.amount();
        this.creditAfter = creditAfter.amount();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getReference() {
        return reference;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public LocalDate getPaidAt() {
        return paidAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Money toCredit() {
        return Money.of(toCredit, currency);
    }

    public Money creditAfter() {
        return Money.of(creditAfter, currency);
    }
}
