package org.collections.claim;

import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.Money;
import org.collections.jurisdiction.InterestLine;

/**
 * What an invoice owes on a day, part by part, with the rule and the law behind each part. The balance is the
 * principal, the late fees, the interest and the costs, less what was paid and credited; the {@code *Owed} figures
 * say which parts are still open after the payments were allocated. Interest and costs are zero until the policy's
 * stage claims them.
 */
public record Claim(
        LocalDate asOf,
        Money principal,
        List<LateFee> lateFees,
        String lateFeeNote,
        Money fees,
        Money interest,
        List<InterestLine> interestLines,
        String interestRule,
        String interestSource,
        Money costs,
        String costsBasis,
        String costsSource,
        Money paid,
        Money credited,
        Money principalOwed,
        Money feesOwed,
        Money interestOwed,
        Money costsOwed,
        Money balance,
        String paymentOrder) {

    /** Everything added to the invoice amount: late fees, interest and costs. */
    public Money additions() {
        return fees.plus(interest).plus(costs);
    }
}
