package org.collections.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment, credit or pause of an invoice, on the day it counts from (see {@code claim/ClaimCalculator}). */
@Embeddable
public class InvoiceMovement {

    public enum Kind {
        PAYMENT,
        CREDIT,
        /** a payment plan was agreed: nothing is added to the claim until it ends */
        PAUSE,
        RESUME
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "on_day", nullable = false)
    private LocalDate on;

    @Column(nullable = false)
    private BigDecimal amount;

    protected InvoiceMovement() {
    }

    InvoiceMovement(Kind kind, LocalDate on, BigDecimal amount) {
        this.kind = kind;
        this.on = on;
        this.amount = amount;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate on() {
        return on;
    }

    public BigDecimal amount() {
        return amount;
    }
}
