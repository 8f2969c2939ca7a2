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

/** A payment as reported by the bank or invoicing system; never dropped, even when it matches no invoice. */
@Entity
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
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

    void applyTo(Invoice invoice) {
        this.invoice = invoice;
        this.status = PaymentStatus.APPLIED;
        this.note = null;
    }

    void keepUnmatched(String why) {
        this.invoice = null;
        this.status = PaymentStatus.UNMATCHED;
        this.note = why;
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
}
