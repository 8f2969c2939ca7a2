package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A statutory interest rule: a table of base rates with a number of points on top, how it compounds, and the law it
 * comes from (shown beside every figure a customer reads).
 */
public record InterestRule(String name, String source, List<RatePeriod> baseRates, BigDecimal points,
        Compounding compounding) {

    public InterestRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (baseRates == null || baseRates.isEmpty()) {
            throw new IllegalArgumentException(name + ": no rates");
        }
        baseRates = baseRates.stream().sorted(Comparator.comparing(RatePeriod::from)).toList();
        points = points == null ? BigDecimal.ZERO : points;
        Objects.requireNonNull(compounding, "compounding");
    }

    /** The first day the table has a rate for. */
    public LocalDate firstDay() {
        return baseRates.get(0).from();
    }

    /** The same rates without compounding, for a span in which the base does not change. */
    public InterestRule simple() {
        return compounding == Compounding.NONE ? this
                : new InterestRule(name, source, baseRates, points, Compounding.NONE);
    }

    /** The yearly rate in percent on a day: the base rate in force then, plus the points. */
    public BigDecimal percentOn(LocalDate day) {
        RatePeriod inForce = null;
        for (RatePeriod period : baseRates) {
            if (period.from().isAfter(day)) {
                break;
            }
            inForce = period;
        }
        if (inForce == null) {
            throw new IllegalArgumentException(name + " has no rate for " + day + " (its table starts "
                    + baseRates.get(0).from() + ")");
        }
        return inForce.percent().add(points);
    }

    /** The days on which the rate changes, after {@code from} and before {@code until}. */
    List<LocalDate> changesBetween(LocalDate from, LocalDate until) {
        return baseRates.stream().map(RatePeriod::from).filter(d -> d.isAfter(from) && d.isBefore(until)).toList();
    }
}
