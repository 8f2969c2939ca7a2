package org.collections.claim;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

/**
 * The contractual late fee of one invoice: {@code amount} per fee (empty: none, {@code none} says why), the first
 * {@code firstAfter} the due date, one more every {@code every}, at most {@code maxCharges}.
 */
public record LateFeeTerms(Optional<BigDecimal> amount, Period firstAfter, Period every, int maxCharges,
        String none) {

    public static LateFeeTerms noFee(String why) {
        return new LateFeeTerms(Optional.empty(), Period.ZERO, Period.ofDays(1), 0, why);
    }
}
