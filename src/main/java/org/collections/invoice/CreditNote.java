package org.collections.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A credit note the invoicing system issued for an invoice. Kept with what it left the invoice owing, so that a repeat
 * of the same note answers exactly what the first one did.
 */
@Entity
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    /** the invoicing system's number of the credit note, unique per invoice */
    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    private String reason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "balance_after", nullable = false)
    private BigDecimal balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    private InvoiceStatus statusAfter;

    protected CreditNote() {
    }

    CreditNote(Invoice invoice, String reference, Money amount, String reason, Instant receivedAt, String actor) {
        this.invoiceId = invoice.getId();
        this.reference = reference;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.reason = reason;
        this.receivedAt = receivedAt;
        this.actor = actor;
        this.balanceAfter = invoice.balance().amount();
        this.statusAfter = invoice.getStatus();
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getReference() {
        return reference;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public String getReason() {
        return reason;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Money balanceAfter() {
        return Money.of(balanceAfter, currency);
    }

    public InvoiceStatus getStatusAfter() {
        return statusAfter;
    }
}
