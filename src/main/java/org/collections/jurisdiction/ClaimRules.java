package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the law of the customer's country adds to an unpaid invoice: statutory interest, a fixed compensation for
 * recovery costs (in euros), and whether collection costs follow the Dutch WIK scale, which consumers owe only after
 * a compliant 14-day letter.
 */
public record ClaimRules(String jurisdiction, Optional<InterestRule> interest, BigDecimal fixedCompensation,
        String compensationSource, boolean wikCosts, boolean fourteenDayLetterFirst) {

    public static ClaimRules contractOnly(String country) {
        return new ClaimRules(country + ": the contract only", Optional.empty(), BigDecimal.ZERO,
                "none by law; what the contract says", false, false);
    }
}
