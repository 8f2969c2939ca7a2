package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the law of the customer's country adds to an unpaid invoice: statutory interest, a fixed compensation for
 * recovery costs (in euros), whether collection costs follow the Dutch WIK scale, which consumers owe only after
 * a compliant 14-day letter, and whether a payment settles costs and interest before the principal
 * ({@code paymentOrderSource} names the law that says so).
 */
public record ClaimRules(String jurisdiction, Optional<InterestRule> interest, BigDecimal fixedCompensation,
        String compensationSource, boolean wikCosts, boolean fourteenDayLetterFirst, boolean costsAndInterestFirst,
        String paymentOrderSource) {

    public static final String PRINCIPAL_FIRST = "no statutory order: payments settle the principal first";

    public static ClaimRules contractOnly(String country) {
        return new ClaimRules(country + ": the contract only", Optional.empty(), BigDecimal.ZERO,
                "none by law; what the contract says", false, false, false, PRINCIPAL_FIRST);
    }
}
