package org.collections.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money that changed what an invoice owes, on the day it counts from: a payment (or recovery) is allocated to the
 * claim's parts in the order the law gives; a credit lowers the principal first, as the credit note lowers the
 * invoice.
 */
public record Movement(LocalDate on, Kind kind, BigDecimal amount) {

    public enum Kind {
        PAYMENT,
        CREDIT
    }

    public Movement {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}
