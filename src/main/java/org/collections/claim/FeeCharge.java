package org.collections.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.collections.text.Texts;

/** One late fee charged on an invoice; the key (e.g. {@code LATE_FEE_MONTH_1}) makes charging idempotent. */
@Entity
@Table(name = "fee_charge")
public class FeeCharge {

    public static final int MAX_REASON = 255;

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

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    protected FeeCharge() {
    }

    FeeCharge(Long invoiceId, String feeKey, BigDecimal amount, Instant chargedAt, String reason) {
        this.invoiceId = invoiceId;
        this.feeKey = feeKey;
        this.amount = amount;
        this.chargedAt = chargedAt;
        this.reason = Texts.fit(reason, MAX_REASON);
    }

    public String getFeeKey() {
        return feeKey;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
