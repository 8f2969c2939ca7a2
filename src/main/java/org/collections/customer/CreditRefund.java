package org.collections.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.collections.invoice.Money;

/**
 * Money from one payment that became credit on a customer account, and what a manager decided about it: refunded
 * (no more than the credit still held then) or kept for the customer's next invoice.
 */
@Entity
@Table(name = "credit_refund")
public class CreditRefund {

    public static final int MAX_SOURCE = 500;

    public enum Status {
        /** waiting for a manager's decision */
        OPEN,
        /** a manager decided to refund it; the refund is booked next */
        REFUND,
        REFUNDED,
        KEPT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "arisen_at", nullable = false, updatable = false)
    private Instant arisenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String notes;

    private BigDecimal refunded;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    protected CreditRefund() {
    }

    CreditRefund(Long customerId, Money amount, String source, Instant arisenAt) {
        this.customerId = customerId;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.source = source;
        this.arisenAt = arisenAt;
        this.status = Status.OPEN;
    }

    void decided(RefundDecision decision, String by, Instant at, String notes) {
        this.status = decision == RefundDecision.REFUND ? Status.REFUND : Status.KEPT;
        this.decidedBy = by;
        this.decidedAt = at;
        this.notes = notes;
    }

    /**
     * Books the refund a manager decided against the credit the account holds now: the amount, or what is left of the
     * credit when it was used meanwhile (for a new invoice, another refund), never below zero. Answers what is
     * refunded.
     */
    Money refundFrom(Money creditNow, Instant at) {
        if (status != Status.REFUND) {
            throw new IllegalStateException("credit refund #" + id + " is " + status + ", not to be refunded");
        }
        Money left = creditNow.isPositive() ? creditNow : Money.zero(creditNow.currency());
        Money refund = amount().greaterThan(left) ? left : amount();
        this.status = Status.REFUNDED;
        this.refunded = refund.amount();
        this.refundedAt = at;
        return refund;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** What became credit. */
    public Money amount() {
        return Money.of(amount, currency);
    }

    /** Where it came from: an over-payment of an invoice, a payment for a closed invoice, an account payment. */
    public String getSource() {
        return source;
    }

    public Instant getArisenAt() {
        return arisenAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getNotes() {
        return notes;
    }

    /** What was refunded; null until the refund is booked. */
    public Money refunded() {
        return refunded == null ? null : Money.of(refunded, currency);
    }
}
