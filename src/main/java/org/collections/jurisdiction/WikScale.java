package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.collections.invoice.Money;

/**
 * The Dutch scale for extrajudicial collection costs (Besluit vergoeding voor buitengerechtelijke incassokosten,
 * art. 2, under art. 6:96 BW): 15 % of the first €2,500 of the principal, at least €40; 10 % of the next €2,500;
 * 5 % of the next €5,000; 1 % of the next €190,000; 0.5 % of the rest; at most €6,775.
 */
public final class WikScale {

    public static final String SOURCE = "art. 6:96 BW; Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2";

    private static final BigDecimal MINIMUM = new BigDecimal("40.00");
    private static final BigDecimal MAXIMUM = new BigDecimal("6775.00");
    /** upper bound of each band and its percentage; the last band has no bound */
    private static final BigDecimal[][] BANDS = {
        {new BigDecimal("2500"), new BigDecimal("15")},
        {new BigDecimal("5000"), new BigDecimal("10")},
        {new BigDecimal("10000"), new BigDecimal("5")},
        {new BigDecimal("200000"), new BigDecimal("1")},
        {null, new BigDecimal("0.5")},
    };

    private WikScale() {
    }

    public static Money costs(Money principal) {
        if (!"EUR".equals(principal.currency().getCurrencyCode())) {
            throw new IllegalArgumentException("the WIK scale is in euros, not " + principal.currency());
        }
        BigDecimal amount = principal.amount();
        if (amount.signum() <= 0) {
            return Money.zero(principal.currency());
        }
        BigDecimal costs = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal[] band : BANDS) {
            if (amount.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal upper = band[0] == null ? amount : band[0].min(amount);
            costs = costs.add(upper.subtract(lower).multiply(band[1]).divide(BigDecimal.valueOf(100)));
            lower = band[0] == null ? amount : band[0];
        }
        costs = costs.max(MINIMUM).min(MAXIMUM).setScale(2, RoundingMode.HALF_UP);
        return new Money(costs, principal.currency());
    }
}
