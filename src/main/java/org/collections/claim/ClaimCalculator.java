package org.collections.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.collections.invoice.Money;
import org.collections.jurisdiction.Compounding;
import org.collections.jurisdiction.InterestCalculator;
import org.collections.jurisdiction.InterestLine;
import org.collections.jurisdiction.InterestRule;
import org.collections.jurisdiction.WikScale;

/**
 * The one calculation of what an invoice owes on a day. It walks the days from the due date in order: late fees fall
 * due, interest runs on the principal still open (and, where the law compounds, on the interest of past years), costs
 * are charged once the claim reaches them, and every payment is allocated to the parts in the order the law of the
 * customer's country gives (costs and interest first in the Netherlands and Germany, else the principal first).
 *
 * <p>Interest runs from the day after the due date up to, not including, the day of the calculation, so a payment of
 * the balance shown today settles it; a payment stops interest on what it pays from its own day. Nothing is added
 * on days a pause covers, nor after the case closed.
 */
public final class ClaimCalculator {

    private ClaimCalculator() {
    }

    public static Claim claim(ClaimFacts facts, LocalDate asOf) {
        LocalDate until = facts.closedOn() != null && facts.closedOn().isBefore(asOf) ? facts.closedOn() : asOf;
        return new Walk(facts, until).run(asOf);
    }

    /**
     * The late fees the terms give by {@code until}, skipping those that fall on a paused day; one that falls during a
     * promise or hold falls due when it ends (one fee per scheduled day: a long hold adds no burst of fees at its end
     * beyond those the schedule gave during it).
     */
    static List<LateFee> lateFees(ClaimFacts facts, LocalDate until) {
        LateFeeTerms terms = facts.lateFees();
        List<LateFee> fees = new ArrayList<>();
        if (terms.amount().isEmpty()) {
            return fees;
        }
        Money amount = new Money(terms.amount().get(), facts.currency());
        LocalDate first = facts.dueDate().plus(terms.firstAfter());
        LocalDate on = first;
        for (int n = 0; n < terms.maxCharges() && !on.isAfter(until); n++, on = on.plus(terms.every())) {
            LocalDate day = on;
            if (facts.pauses().stream().anyMatch(p -> p.covers(day))) {
                continue;
            }
            LocalDate due = postponed(facts, day);
            if (due != null && !due.isAfter(until) && facts.pauses().stream().noneMatch(p -> p.covers(due))) {
                fees.add(new LateFee(fees.size() + 1, due, amount));
            }
        }
        return fees;
    }

    /** The day a fee scheduled on {@code day} falls due: after every promise or hold covering it; null while open. */
    private static LocalDate postponed(ClaimFacts facts, LocalDate day) {
        LocalDate due = day;
        for (boolean moved = true; moved;) {
            moved = false;
            for (FeePostponement p : facts.feePostponements()) {
                if (p.covers(due)) {
                    if (p.until() == null) {
                        return null;
                    }
                    due = p.until();
                    moved = true;
                }
            }
        }
        return due;
    }

    private static final class Walk {

        private final ClaimFacts facts;
        private final LocalDate until;
        private final Optional<InterestRule> rule;
        private final LocalDate interestStart;
        private final List<InterestLine> lines = new ArrayList<>();
        private final TreeSet<LocalDate> anniversaries = new TreeSet<>();

        private BigDecimal principalOpen;
        private BigDecimal feesCharged = BigDecimal.ZERO;
        private BigDecimal feesPaid = BigDecimal.ZERO;
        private BigDecimal interestAccrued = BigDecimal.ZERO;
        private BigDecimal interestPaid = BigDecimal.ZERO;
        /** unpaid interest of past years, on which interest runs where the law compounds */
        private BigDecimal capitalised = BigDecimal.ZERO;
        private BigDecimal costsCharged = BigDecimal.ZERO;
        private BigDecimal costsPaid = BigDecimal.ZERO;
        private BigDecimal paid = BigDecimal.ZERO;
        private BigDecimal credited = BigDecimal.ZERO;
        private String costsBasis = "";
        private String costsSource = "";

        Walk(ClaimFacts facts, LocalDate until) {
            this.facts = facts;
            this.until = until;
            this.rule = facts.interest();
            LocalDate defaultStart = facts.dueDate().plusDays(1);
            // a table that starts later prices no earlier day: interest then runs from its first day (and says so)
            this.interestStart = rule.map(InterestRule::firstDay).filter(defaultStart::isBefore).orElse(defaultStart);
            this.principalOpen = facts.principal();
        }

        Claim run(LocalDate asOf) {
            List<LateFee> fees = lateFees(facts, until);
            List<LateFee> charged = new ArrayList<>();
            Optional<LocalDate> costsOn = costsDay();
            if (rule.isPresent() && rule.get().compounding() == Compounding.YEARLY) {
                for (LocalDate year = interestStart.plusYears(1); year.isBefore(until); year = year.plusYears(1)) {
                    anniversaries.add(year);
                }
            }
            TreeSet<LocalDate> baseChangesOn = new TreeSet<>(anniversaries);
            facts.movements().forEach(m -> baseChangesOn.add(m.on()));
            facts.pauses().forEach(p -> {
                baseChangesOn.add(p.from());
                if (p.until() != null) {
                    baseChangesOn.add(p.until());
                }
            });
            TreeSet<LocalDate> days = new TreeSet<>(baseChangesOn);
            fees.forEach(f -> days.add(f.on()));
            costsOn.ifPresent(days::add);
            List<Movement> movements = facts.movements().stream().sorted(Comparator.comparing(Movement::on)).toList();
            LocalDate cursor = interestStart;
            for (LocalDate day : days) {
                if (day.isAfter(until)) {
                    break;
                }
                // interest is cut only where its base or rate can change, so a statement has no needless lines
                if (baseChangesOn.contains(day)) {
                    accrue(cursor, day);
                    cursor = day.isAfter(cursor) ? day : cursor;
                }
                compoundOn(day);
                // a fee or the costs fall due only on a claim still owed that day: a payment dated earlier (booked
                // late, from a bank statement) settled it before they arose
                for (LateFee fee : fees) {
                    if (fee.on().equals(day) && owesSomething()) {
                        feesCharged = feesCharged.add(fee.amount().amount());
                        charged.add(fee);
                    }
                }
                if (costsOn.isPresent() && costsOn.get().equals(day) && owesSomething()) {
                    chargeCosts();
                }
                for (Movement m : movements) {
                    if (m.on().equals(day)) {
                        apply(m);
                    }
                }
            }
            accrue(cursor, until);
            overpaidPrincipalPaysTheRest();
            return result(asOf, charged);
        }

        /** Whether anything is owed at this point of the walk; money paid too much on the principal counts against it. */
        private boolean owesSomething() {
            // interest is owed on the basis the claim's result counts it: once claimed, from the day after the due date
            BigDecimal interestOwed = claimed(until) ? interestAccrued.subtract(interestPaid) : BigDecimal.ZERO;
            return principalOpen.add(feesCharged.subtract(feesPaid)).add(interestOwed)
                    .add(costsCharged.subtract(costsPaid)).signum() > 0;
        }

        /**
         * A payment that came in before interest or costs were claimed paid the principal and more; once they are
         * claimed, what it paid beyond the principal pays them, in the law's order, so that a part is never owed
         * beside a principal paid too much. The balance is the same either way.
         */
        private void overpaidPrincipalPaysTheRest() {
            if (principalOpen.signum() >= 0) {
                return;
            }
            BigDecimal extra = principalOpen.negate();
            BigDecimal left = facts.rules().costsAndInterestFirst()
                    ? payInterest(payFees(payCosts(extra)), until)
                    : payCosts(payInterest(payFees(extra), until));
            principalOpen = left.negate();
        }

        /** The day costs are charged: when the claim reaches them and, for a Dutch consumer, after the 14-day letter. */
        private Optional<LocalDate> costsDay() {
            LocalDate from = facts.claimsFrom();
            if (from == null) {
                costsBasis = "not claimed yet";
                return Optional.empty();
            }
            if (facts.rules().fourteenDayLetterFirst()) {
                if (facts.fourteenDayDeadline() == null) {
                    costsBasis = "only after a 14-day letter, which has not been sent";
                    costsSource = facts.rules().compensationSource();
                    return Optional.empty();
                }
                LocalDate after = facts.fourteenDayDeadline().plusDays(1);
                costsBasis = "owed only if the claim is still unpaid after the 14-day letter's term, "
                        + facts.fourteenDayDeadline();
                costsSource = facts.rules().compensationSource();
                return Optional.of(after.isAfter(from) ? after : from);
            }
            return Optional.of(from);
        }

        private void chargeCosts() {
            boolean euros = "EUR".equals(facts.currency().getCurrencyCode());
            BigDecimal amount = BigDecimal.ZERO;
            if (facts.rules().wikCosts() || facts.rules().fixedCompensation().signum() > 0) {
                costsSource = facts.rules().compensationSource();
                if (!euros) {
                    costsBasis = "the statutory costs are set in euros; none in " + facts.currency().getCurrencyCode();
                } else if (facts.rules().wikCosts()) {
                    Money base = new Money(principalOpen.max(BigDecimal.ZERO), facts.currency());
                    amount = WikScale.costs(base).amount();
                    costsBasis = "WIK scale on the principal of " + base;
                } else {
                    amount = facts.rules().fixedCompensation();
                    costsBasis = "fixed compensation for recovery costs";
                }
            } else if (facts.contractCosts().isPresent()) {
                amount = facts.contractCosts().get();
                costsBasis = "collection costs under the contract";
                costsSource = "the contract";
            } else {
                costsBasis = "none: " + facts.rules().compensationSource();
                costsSource = facts.rules().compensationSource();
            }
            if (principalOpen.signum() > 0) {
                costsCharged = costsCharged.add(amount);
            } else {
                costsBasis = "none: the principal was paid before costs could be charged";
            }
        }

        /** Interest on the open principal (and capitalised interest) from {@code from} up to, not including, {@code to}. */
        private void accrue(LocalDate from, LocalDate to) {
            if (rule.isEmpty() || !to.isAfter(from)) {
                return;
            }
            BigDecimal base = principalOpen.max(BigDecimal.ZERO).add(capitalised);
            if (base.signum() <= 0) {
                return;
            }
            LocalDate start = from;
            while (start.isBefore(to)) {
                LocalDate day = start;
                Optional<Pause> pause = facts.pauses().stream().filter(p -> p.covers(day)).findFirst();
                if (pause.isPresent()) {
                    LocalDate end = pause.get().until();
                    start = end == null || end.isAfter(to) ? to : end;
                    continue;
                }
                LocalDate end = facts.pauses().stream().map(Pause::from).filter(d -> d.isAfter(day) && d.isBefore(to))
                        .min(Comparator.naturalOrder()).orElse(to);
                var statement = InterestCalculator.interest(rule.get().simple(), new Money(base, facts.currency()),
                        start, end);
                lines.addAll(statement.lines());
                interestAccrued = interestAccrued.add(statement.total().amount());
                start = end;
            }
        }

        /** Where the law adds a year's unpaid interest to the claim (art. 6:119 lid 2 BW), it bears interest from now. */
        private void compoundOn(LocalDate day) {
            if (anniversaries.contains(day)) {
                capitalised = interestAccrued.subtract(interestPaid).max(BigDecimal.ZERO);
            }
        }

        private boolean claimed(LocalDate day) {
            return facts.claimsFrom() != null && !day.isBefore(facts.claimsFrom());
        }

        private void apply(Movement m) {
            if (m.kind() == Movement.Kind.CREDIT) {
                credited = credited.add(m.amount());
                principalFirst(m);
                return;
            }
            paid = paid.add(m.amount());
            if (facts.rules().costsAndInterestFirst()) {
                BigDecimal left = payInterest(payFees(payCosts(m.amount())), m.on());
                principalOpen = principalOpen.subtract(left);
            } else {
                principalFirst(m);
            }
        }

        /** The principal, then fees, interest and costs; what is left over is paid too much, a negative principal. */
        private void principalFirst(Movement m) {
            BigDecimal toPrincipal = m.amount().min(principalOpen.max(BigDecimal.ZERO));
            principalOpen = principalOpen.subtract(toPrincipal);
            BigDecimal left = payCosts(payInterest(payFees(m.amount().subtract(toPrincipal)), m.on()));
            principalOpen = principalOpen.subtract(left);
        }

        private BigDecimal payCosts(BigDecimal money) {
            BigDecimal take = money.min(costsCharged.subtract(costsPaid));
            costsPaid = costsPaid.add(take);
            return money.subtract(take);
        }

        private BigDecimal payFees(BigDecimal money) {
            BigDecimal take = money.min(feesCharged.subtract(feesPaid));
            feesPaid = feesPaid.add(take);
            return money.subtract(take);
        }

        private BigDecimal payInterest(BigDecimal money, LocalDate on) {
            if (!claimed(on)) {
                return money;
            }
            BigDecimal take = money.min(interestAccrued.subtract(interestPaid));
            interestPaid = interestPaid.add(take);
            capitalised = capitalised.min(interestAccrued.subtract(interestPaid));
            return money.subtract(take);
        }

        private Claim result(LocalDate asOf, List<LateFee> fees) {
            var currency = facts.currency();
            boolean claimed = claimed(until);
            BigDecimal interest = claimed ? interestAccrued : BigDecimal.ZERO;
            Money principal = new Money(facts.principal(), currency);
            Money feesMoney = new Money(feesCharged, currency);
            Money interestMoney = new Money(interest, currency);
            Money costsMoney = new Money(costsCharged, currency);
            Money paidMoney = new Money(paid, currency);
            Money creditedMoney = new Money(credited, currency);
            Money balance = principal.plus(feesMoney).plus(interestMoney).plus(costsMoney).minus(paidMoney)
                    .minus(creditedMoney);
            String ruleName = rule.map(InterestRule::name).orElse("none");
            String ruleSource = rule.map(InterestRule::source).orElse(facts.rules().jurisdiction())
                    + (interestStart.isAfter(facts.dueDate().plusDays(1)) ? "; counted from " + interestStart
                            + ", the first day of the configured rates" : "");
            return new Claim(asOf, principal, List.copyOf(fees), facts.lateFees().none(), feesMoney, interestMoney,
                    claimed ? List.copyOf(lines) : List.of(), ruleName, ruleSource, costsMoney,
                    costsBasis, costsSource, paidMoney, creditedMoney, new Money(principalOpen, currency),
                    new Money(feesCharged.subtract(feesPaid), currency),
                    new Money(interest.subtract(claimed ? interestPaid : BigDecimal.ZERO), currency),
                    new Money(costsCharged.subtract(costsPaid), currency), balance,
                    facts.rules().paymentOrderSource());
        }
    }
}
