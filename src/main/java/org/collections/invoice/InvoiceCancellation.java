package org.collections.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The invoicing system cancelled the invoice: why, when and who; at most one per invoice. */
@Entity
@Table(name = "invoice_cancellation")
public class InvoiceCancellation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, unique = true)
    private Long invoiceId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "cancelled_at", nullable = false)
    private Instant cancelledAt;

    @Column(nullable = false)
    private String actor;

    protected InvoiceCancellation() {
    }

    InvoiceCancellation(Long invoiceId, String reason, Instant cancelledAt, String actor) {
        this.invoiceId = invoiceId;
        this.reason = reason;
        this.cancelledAt = cancelledAt;
        this.actor = actor;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
