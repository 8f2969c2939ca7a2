package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A yearly rate in percent, in force from a day until the next period of its table starts. */
public record RatePeriod(LocalDate from, BigDecimal percent) {

    public RatePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(percent, "percent");
    }
}
