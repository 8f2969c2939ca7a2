package org.collections.legal;

import java.util.ArrayList;
import java.util.List;
import org.collections.customer.CustomerType;
import org.collections.invoice.Money;
import org.collections.policy.CollectionPolicy;
import org.springframework.stereotype.Component;

/** Cost and expected net recovery of every legal option, from the policy's costs, fees and limits. */
@Component
public class LegalOptions {

    private final CollectionPolicy.Legal legal;

    public LegalOptions(CollectionPolicy policy) {
        this.legal = policy.legal();
    }

    public List<LegalOption> options(Money balance, CustomerType customerType) {
        Money zero = Money.zero(balance.currency());
        List<LegalOption> options = new ArrayList<>();
        options.add(new LegalOption(LegalActionType.WRITE_OFF, true, zero, zero, "stop collecting"));
        options.add(fixedCost(LegalActionType.LAWYER_LETTER, balance, legal.lawyerLetterCost(), true,
                "lawyer's demand letter"));
        Money agencyFee = balance.percent(legal.agencyFeePercent());
        options.add(new LegalOption(LegalActionType.COLLECTION_AGENCY, true, agencyFee, balance.minus(agencyFee),
                "agency keeps " + legal.agencyFeePercent().stripTrailingZeros().toPlainString()
                        + "% of what it recovers; only after " + legal.agencyMinDaysLate() + " days late"));
        Money advance = balance.percent(legal.factoringAdvancePercent());
        boolean business = customerType == CustomerType.BUSINESS;
        options.add(new LegalOption(LegalActionType.FACTORING, business, balance.minus(advance), advance,
                business ? "factor pays " + legal.factoringAdvancePercent().stripTrailingZeros().toPlainString()
                        + "% of face value now" : "factors buy business invoices only"));
        boolean small = !balance.greaterThan(new Money(legal.smallClaimsLimit(), balance.currency()));
        options.add(fixedCost(LegalActionType.SMALL_CLAIMS, balance, legal.smallClaimsCost(), small,
                small ? "no lawyer needed; sue where the customer lives"
                        : "above the small-claims limit of " + new Money(legal.smallClaimsLimit(), balance.currency())));
        options.add(fixedCost(LegalActionType.COURT, balance, legal.courtCost(), true, "court case with a lawyer"));
        return options;
    }

    /** The best expected net recovery of any available action other than writing off. */
    public Money bestNetRecovery(List<LegalOption> options, Money zero) {
        return options.stream().filter(o -> o.available() && o.action() != LegalActionType.WRITE_OFF)
                .map(LegalOption::expectedNetRecovery).reduce(zero, Money::max);
    }

    private static LegalOption fixedCost(LegalActionType action, Money balance, java.math.BigDecimal cost,
            boolean available, String why) {
        Money costMoney = new Money(cost, balance.currency());
        return new LegalOption(action, available, costMoney, balance.minus(costMoney), why);
    }
}
