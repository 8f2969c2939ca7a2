package org.collections.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.collections.customer.CustomerType;
import org.collections.invoice.Money;
import org.collections.policy.CollectionPolicy;
import org.springframework.stereotype.Component;

/**
 * Ranks the legal options of a claim by expected net recovery: the chance of success times what comes in, less
 * costs, fees and discounts, from the policy's terms. The rules (which actions a claim allows, what overrides the
 * ranking) are the decision tables'; an action that is expected to lose money is never recommended.
 */
@Component
public class LegalOptions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CollectionPolicy.Legal legal;
    private final BigDecimal writeOffThreshold;
    private final LegalRules rules;

    public LegalOptions(CollectionPolicy policy, LegalRules rules) {
        this.legal = policy.legal();
        this.writeOffThreshold = policy.writeOffThreshold();
        this.rules = rules;
    }

    public LegalRanking rank(LegalClaim claim) {
        List<LegalOption> options = options(claim, true);
        LegalOption best = bestOf(options).orElse(options.get(0));
        boolean costsExceed = !best.expectedNet().greaterThan(new Money(writeOffThreshold, claim.balance().currency()));
        LegalActionType recommended = rules.recommend(best.action(), costsExceed);
        List<LegalOption> ranked = new ArrayList<>(options);
        ranked.sort(Comparator.comparing(LegalOption::available).reversed().thenComparing(byExpectedNet().reversed()));
        return new LegalRanking(List.copyOf(ranked), best.action(), recommended, costsExceed,
                withinSmallClaimsLimit(claim), pastAgencyMinimumAge(claim));
    }

    /** Every action in the order of {@link LegalActionType}, writing off first. */
    private List<LegalOption> options(LegalClaim claim, boolean followUp) {
        Money balance = claim.balance();
        Money zero = Money.zero(balance.currency());
        List<LegalOption> options = new ArrayList<>();
        for (LegalActionType action : LegalActionType.values()) {
            LegalRules.Verdict verdict = rules.allowed(new LegalRules.Facts(action, claim.tried().contains(action),
                    pastAgencyMinimumAge(claim), claim.customerType().name(), withinSmallClaimsLimit(claim),
                    legal.agencyMinDaysLate(), smallClaimsLimitText(claim)));
            options.add(switch (action) {
                case WRITE_OFF -> new LegalOption(action, verdict.allowed(), verdict.reason(), zero, null, zero);
                case LAWYER_LETTER -> lawyerLetter(claim, verdict, followUp);
                case COLLECTION_AGENCY -> {
                    BigDecimal p = rate(legal.collectionAgency(), claim);
                    BigDecimal fee = legal.collectionAgency().feePercent();
                    yield option(action, verdict, "no cure, no pay: the agency keeps " + plain(fee)
                            + "% of what it recovers; the customer is first offered a settlement of that size",
                            balance.percent(fee), p, balance.amount().multiply(p).multiply(HUNDRED.subtract(fee))
                                    .divide(HUNDRED.multiply(HUNDRED), 10, RoundingMode.HALF_UP));
                }
                case FACTORING -> {
                    BigDecimal advance = legal.factoring().advancePercent();
                    Money paid = balance.percent(advance);
                    yield option(action, verdict, "the factor pays " + plain(advance) + "% of the claim now; certain",
                            balance.minus(paid), HUNDRED, paid.amount());
                }
                case SMALL_CLAIMS -> {
                    BigDecimal p = rate(legal.smallClaims(), claim);
                    BigDecimal cost = legal.smallClaims().cost();
                    yield option(action, verdict, "small-claims court where the customer lives, up to "
                            + smallClaimsLimitText(claim) + "; no lawyer needed", new Money(cost, balance.currency()),
                            p, chance(p, balance.amount()).subtract(cost));
                }
                case COURT -> {
                    BigDecimal p = rate(legal.court(), claim);
                    CollectionPolicy.Court court = legal.court();
                    BigDecimal awarded = court.cost().multiply(court.costsAwardedPercent()).divide(HUNDRED);
                    yield option(action, verdict, "court with a lawyer; when won, " + plain(court.costsAwardedPercent())
                            + "% of the costs are paid by the customer", new Money(court.cost(), balance.currency()), p,
                            chance(p, balance.amount().add(awarded)).subtract(court.cost()));
                }
            });
        }
        return options;
    }

    /**
     * A demand letter closes no door: when it is ignored, the best of the other options is still there, only later.
     * So it is worth its chance of payment plus, otherwise, what that next option is worth then.
     */
    private LegalOption lawyerLetter(LegalClaim claim, LegalRules.Verdict verdict, boolean followUp) {
        CollectionPolicy.LawyerLetter letter = legal.lawyerLetter();
        BigDecimal p = rate(letter, claim);
        Money zero = Money.zero(claim.balance().currency());
        Optional<LegalOption> next = followUp
                ? bestOf(options(claim.later(days(letter.duration()), LegalActionType.LAWYER_LETTER), false))
                : Optional.empty();
        BigDecimal afterwards = next.map(o -> o.expectedNet().amount()).orElse(BigDecimal.ZERO);
        BigDecimal net = chance(p, claim.balance().amount()).add(chance(HUNDRED.subtract(p), afterwards))
                .subtract(letter.cost());
        String reason = "demand letter with a deadline of " + days(letter.duration()) + " days"
                + next.map(o -> "; if ignored, " + o.action() + " (expected " + o.expectedNet() + ") remains")
                        .orElse("");
        return option(LegalActionType.LAWYER_LETTER, verdict, reason, new Money(letter.cost(), zero.currency()), p,
                net);
    }

    /** The available action with the highest positive expected net; a tie goes to the quicker one. */
    private Optional<LegalOption> bestOf(List<LegalOption> options) {
        return options.stream()
                .filter(o -> o.available() && o.action() != LegalActionType.WRITE_OFF && o.expectedNet().isPositive())
                .max(byExpectedNet().thenComparing(o -> -durationDays(o.action())));
    }

    private static Comparator<LegalOption> byExpectedNet() {
        return Comparator.comparing(o -> o.expectedNet().amount());
    }

    private LegalOption option(LegalActionType action, LegalRules.Verdict verdict, String explanation, Money cost,
            BigDecimal successRate, BigDecimal expectedNet) {
        return new LegalOption(action, verdict.allowed(), verdict.allowed() ? explanation : verdict.reason(), cost,
                successRate, new Money(expectedNet, cost.currency()));
    }

    private long durationDays(LegalActionType action) {
        return switch (action) {
            case WRITE_OFF -> 0;
            case LAWYER_LETTER -> days(legal.lawyerLetter().duration());
            case COLLECTION_AGENCY -> days(legal.collectionAgency().duration());
            case FACTORING -> days(legal.factoring().duration());
            case SMALL_CLAIMS -> days(legal.smallClaims().duration());
            case COURT -> days(legal.court().duration());
        };
    }

    private static long days(Period period) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        return ChronoUnit.DAYS.between(from, from.plus(period));
    }

    private static BigDecimal rate(CollectionPolicy.Uncertain action, LegalClaim claim) {
        CollectionPolicy.SuccessRate band = action.rateAt(claim.daysLate());
        return claim.customerType() == CustomerType.BUSINESS ? band.business() : band.consumer();
    }

    private static BigDecimal chance(BigDecimal percent, BigDecimal amount) {
        return amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP);
    }

    private boolean pastAgencyMinimumAge(LegalClaim claim) {
        return claim.daysLate() > legal.agencyMinDaysLate();
    }

    /** The customer's country's limit; a limit in another currency than the claim's cannot be compared: none. */
    public Optional<Money> smallClaimsLimit(LegalClaim claim) {
        Optional<CollectionPolicy.CountryLimit> country = countryLimit(claim);
        if (country.isEmpty()) {
            return Optional.of(new Money(legal.smallClaims().defaultLimit(), claim.balance().currency()));
        }
        return country.filter(l -> l.currency().equals(claim.balance().currency().getCurrencyCode()))
                .map(l -> Money.of(l.limit(), l.currency()));
    }

    private boolean withinSmallClaimsLimit(LegalClaim claim) {
        return smallClaimsLimit(claim).map(limit -> !claim.balance().greaterThan(limit)).orElse(false);
    }

    private String smallClaimsLimitText(LegalClaim claim) {
        Optional<CollectionPolicy.CountryLimit> country = countryLimit(claim);
        return country.map(l -> Money.of(l.limit(), l.currency()) + " in " + l.country() + " (" + l.source() + ")")
                .orElseGet(() -> smallClaimsLimit(claim).orElseThrow() + " (default limit)");
    }

    private Optional<CollectionPolicy.CountryLimit> countryLimit(LegalClaim claim) {
        return legal.smallClaims().limits().stream().filter(l -> l.country().equalsIgnoreCase(claim.country()))
                .findFirst();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
