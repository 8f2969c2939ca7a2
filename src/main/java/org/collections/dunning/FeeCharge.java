package org.collections.dunning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One late fee charged on an invoice; the key (e.g. {@code LATE_FEE_MONTH_1}) makes charging idempotent. */
@Entity
@Table(name = "fee_charge")
public class FeeCharge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "fee_key", nullable = false)
    private String feeKey;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "charged_at", nullable = false)
    private Instant chargedAt;

    @Column(nullable = false)
    private String reason;

    protected FeeCharge() {
    }

    FeeCharge(Long invoiceId, String feeKey, BigDecimal amount, Instant chargedAt, String reason) {
        this.invoiceId = invoiceId;
        this.feeKey = feeKey;
        this.amount = amount;
        this.chargedAt = chargedAt;
        this.reason = reason;
    }

    public String getFeeKey() {
        return feeKey;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
