package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.collections.invoice.Money;

/**
 * Interest on a principal from the first day of default up to (not including) a day: split where the rate changes
 * and, for a rule that compounds yearly, at each anniversary, when the interest so far joins the base. Each line is
 * rounded to the currency's cents, and the total is the sum of the lines, so a letter's lines add up.
 * Days are counted actual/365.
 */
public final class InterestCalculator {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InterestCalculator() {
    }

    public static InterestStatement interest(InterestRule rule, Money principal, LocalDate from, LocalDate until) {
        int scale = Money.scaleOf(principal.currency());
        List<InterestLine> lines = new ArrayList<>();
        BigDecimal base = principal.amount();
        BigDecimal total = BigDecimal.ZERO;
        if (!principal.isPositive() || !until.isAfter(from)) {
            return new InterestStatement(rule.name(), rule.source(), lines, Money.zero(principal.currency()));
        }
        TreeSet<LocalDate> cuts = new TreeSet<>(rule.changesBetween(from, until));
        if (rule.compounding() == Compounding.YEARLY) {
            for (LocalDate year = from.plusYears(1); year.isBefore(until); year = year.plusYears(1)) {
                cuts.add(year);
            }
        }
        cuts.add(until);
        LocalDate start = from;
        LocalDate yearEnd = from.plusYears(1);
        BigDecimal thisYear = BigDecimal.ZERO;
        for (LocalDate end : cuts) {
            long days = ChronoUnit.DAYS.between(start, end);
            BigDecimal percent = rule.percentOn(start);
            BigDecimal amount = base.multiply(percent).multiply(BigDecimal.valueOf(days))
                    .divide(HUNDRED.multiply(DAYS_PER_YEAR), scale, RoundingMode.HALF_UP);
            lines.add(new InterestLine(start, end, days, percent, base, amount));
            total = total.add(amount);
            thisYear = thisYear.add(amount);
            if (rule.compounding() == Compounding.YEARLY && end.equals(yearEnd)) {
                base = base.add(thisYear);
                thisYear = BigDecimal.ZERO;
                yearEnd = yearEnd.plusYears(1);
            }
            start = end;
        }
        return new InterestStatement(rule.name(), rule.source(), lines, new Money(total, principal.currency()));
    }
}
