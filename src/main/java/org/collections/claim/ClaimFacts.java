package org.collections.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.collections.jurisdiction.ClaimRules;
import org.collections.jurisdiction.InterestRule;

/**
 * Everything a claim is computed from: the invoice, the rules of the customer's country and type, the contract,
 * when the claim for interest and costs began ({@code claimsFrom}, null before that stage), the end of the Dutch
 * 14-day letter's term (null when none was sent), the money that came in, the pauses, the day the case closed, and
 * the promises and holds that postpone a late fee (not interest).
 */
public record ClaimFacts(
        Currency currency,
        BigDecimal principal,
        LocalDate dueDate,
        ClaimRules rules,
        Optional<InterestRule> interest,
        LateFeeTerms lateFees,
        Optional<BigDecimal> contractCosts,
        LocalDate claimsFrom,
        LocalDate fourteenDayDeadline,
        List<Movement> movements,
        List<Pause> pauses,
        LocalDate closedOn,
        List<FeePostponement> feePostponements) {

    public ClaimFacts {
        movements = List.copyOf(movements);
        pauses = List.copyOf(pauses);
        feePostponements = feePostponements == null ? List.of() : List.copyOf(feePostponements);
    }

    /** Facts without a promise or hold that postpones a late fee. */
    public ClaimFacts(Currency currency, BigDecimal principal, LocalDate dueDate, ClaimRules rules,
            Optional<InterestRule> interest, LateFeeTerms lateFees, Optional<BigDecimal> contractCosts,
            LocalDate claimsFrom, LocalDate fourteenDayDeadline, List<Movement> movements, List<Pause> pauses,
            LocalDate closedOn) {
        this(currency, principal, dueDate, rules, interest, lateFees, contractCosts, claimsFrom, fourteenDayDeadline,
                movements, pauses, closedOn, List.of());
    }
}
