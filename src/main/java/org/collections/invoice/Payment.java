package org.collections.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment as reported by the bank or invoicing system; never dropped, even when it matches no invoice. A payment
 * to a customer account leaves one row on each invoice it is booked on, all with the account payment's reference.
 */
@Entity
public class Payment {

    private static final int NOTE = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** unique among the payments to an invoice; see {@link PaymentReference} */
    @Column(nullable = false)
    private String reference;

    @Column(name = "invoice_number", nullable = false)
    private String invoiceNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "paid_at", nullable = false)
    private LocalDate paidAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    private String note;

    /** the account payment this row is a part of; null for a payment to the invoice itself */
    @Column(name = "account_payment_id")
    private Long accountPaymentId;

    /** what the invoice owed once this payment was booked, and its status then */
    @Column(name = "balance_after")
    private BigDecimal balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_status_after")
    private InvoiceStatus invoiceStatusAfter;

    /** the part of the amount the invoice did not owe, kept as credit on the customer's account */
    @Column(name = "to_credit", nullable = false)
    private BigDecimal toCredit = BigDecimal.ZERO;

    protected Payment() {
    }

    Payment(String reference, String invoiceNumber, Money amount, LocalDate paidAt, Instant receivedAt) {
        this.reference = reference;
        this.invoiceNumber = invoiceNumber;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.paidAt = paidAt;
        this.receivedAt = receivedAt;
    }

    void applyTo(Invoice invoice, Long accountPaymentId) {
        this.invoice = invoice;
        this.accountPaymentId = accountPaymentId;
        this.status = PaymentStatus.APPLIED;
        this.note = null;
    }

    /** Of the amount, {@code toCredit} went to the customer's account: the invoice did not owe it. */
    void keepAsCredit(Money toCredit, String why) {
        this.toCredit = toCredit.amount();
        this.note = why;
    }

    /** Not booked on its invoice, which was closed: all of it went to the customer's account as credit. */
    void creditInFull(Invoice invoice, String why) {
        this.invoice = invoice;
        this.status = PaymentStatus.CREDITED;
        this.toCredit = amount;
        this.note = why;
    }

    void left(Invoice invoice) {
        this.balanceAfter = invoice.balance().amount();
        this.invoiceStatusAfter = invoice.getStatus();
    }

    void keepUnmatched(String why) {
        this.invoice = null;
        this.status = PaymentStatus.UNMATCHED;
        this.note = why;
    }

    /** An unmatched payment an agent settled otherwise: booked on an account, or not ours. */
    void settle(PaymentStatus outcome, String why) {
        this.status = outcome;
        this.note = why.length() <= NOTE ? why : why.substring(0, NOTE);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
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

    public PaymentStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Long getAccountPaymentId() {
        return accountPaymentId;
    }

    /** What the invoice owed once this payment was booked; null for a payment that was not booked. */
    public Money balanceAfter() {
        return balanceAfter == null ? null : Money.of(balanceAfter, currency);
    }

    public InvoiceStatus getInvoiceStatusAfter() {
        return invoiceStatusAfter;
    }

    /** The part kept as credit on the customer's account (zero when the invoice took all of it). */
    public Money toCredit() {
        return Money.of(toCredit, currency);
    }

    /** The part booked on the invoice. */
    public Money booked() {
        return status == PaymentStatus.UNMATCHED ? Money.zero(amount().currency()) : amount().minus(toCredit());
    }
}
