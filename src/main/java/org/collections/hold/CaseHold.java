package org.collections.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One promise to pay or hold of an invoice: from when, until when, why and who; and how it ended. */
@Entity
@Table(name = "case_hold")
public class CaseHold {

    public static final int MAX_REASON = 500;
    public static final int MAX_END_NOTE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HoldKind kind;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String actor;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_note")
    private String endNote;

    protected CaseHold() {
    }

    CaseHold(Long invoiceId, HoldKind kind, Instant startedAt, Instant endsAt, String reason, String actor) {
        this.invoiceId = invoiceId;
        this.kind = kind;
        this.startedAt = startedAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.actor = actor;
    }

    void end(Instant at, String by, String note) {
        if (endedAt == null) {
            this.endedAt = at;
            this.endedBy = by;
            this.endNote = note.length() > MAX_END_NOTE ? note.substring(0, MAX_END_NOTE) : note;
        }
    }

    public boolean isRunning() {
        return endedAt == null;
    }

    /** The moment it stopped holding: ended early, or its own end. */
    public Instant heldUntil() {
        return endedAt != null && endedAt.isBefore(endsAt) ? endedAt : endsAt;
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public HoldKind getKind() {
        return kind;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndNote() {
        return endNote;
    }
}
