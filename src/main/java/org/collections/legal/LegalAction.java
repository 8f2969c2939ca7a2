package org.collections.legal;

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

/** One approved legal action on an invoice, from approval to its recorded outcome. */
@Entity
@Table(name = "legal_action")
public class LegalAction {

    public enum Status {
        APPROVED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalActionType action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalActionType recommended;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.APPROVED;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(nullable = false)
    private BigDecimal claim;

    @Column(name = "expected_cost", nullable = false)
    private BigDecimal expectedCost;

    @Column(name = "recovered_amount")
    private BigDecimal recoveredAmount;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected LegalAction() {
    }

    LegalAction(Long invoiceId, LegalActionType action, LegalActionType recommended, String approvedBy,
            BigDecimal claim, BigDecimal expectedCost, Instant startedAt) {
        this.invoiceId = invoiceId;
        this.action = action;
        this.recommended = recommended;
        this.approvedBy = approvedBy;
        this.claim = claim;
        this.expectedCost = expectedCost;
        this.startedAt = startedAt;
    }

    void close(BigDecimal recovered, Instant at) {
        this.recoveredAmount = recovered;
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public LegalActionType getAction() {
        return action;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getRecoveredAmount() {
        return recoveredAmount;
    }
}
