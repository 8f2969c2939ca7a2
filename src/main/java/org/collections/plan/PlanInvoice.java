package org.collections.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invoice a payment plan covers. */
@Entity
@Table(name = "plan_invoice")
public class PlanInvoice {

    public enum Status {
        /** in the plan, still open */
        COVERED,
        /** left the agreed plan (paid): what came in on it still counts for the instalments */
        SETTLED,
        /** left while the plan was being negotiated (paid), or its case left the plan otherwise: not part of it */
        WITHDRAWN,
        /**
         * left the plan unpaid for a dispute: its balance is no longer part of the plan, and the instalments left are
         * those of the invoices still in it; what came in on it no longer counts for them
         */
        DISPUTED,
        /** left the plan unpaid because every contact with the customer was stopped: its case went to a manager */
        STOPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.COVERED;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** when it left the plan; null while covered, and for rows that left before this was kept */
    @Column(name = "left_at")
    private Instant leftAt;

    protected PlanInvoice() {
    }

    PlanInvoice(Long planId, Long invoiceId, Instant requestedAt) {
        this.planId = planId;
        this.invoiceId = invoiceId;
        this.requestedAt = requestedAt;
    }

    void leave(Status why, Instant at) {
        if (why == Status.COVERED) {
            throw new IllegalArgumentException("an invoice leaving its plan is no longer covered by it");
        }
        status = why;
        leftAt = at;
    }

    /** Whether it left the plan at or after that moment (the agreement); a row that left before this was kept does. */
    boolean leftSince(Instant moment) {
        return leftAt == null || moment == null || !leftAt.isBefore(moment);
    }

    /** Whether what came in on the invoice counts for the plan's instalments: it is still in the plan or paid it. */
    boolean counts() {
        return status == Status.COVERED || status == Status.SETTLED;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Status getStatus() {
        return status;
    }
}
