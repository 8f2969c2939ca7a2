package org.collections.invoice;

import java.math.BigDecimal;

/** Count and outstanding balance of a slice of the portfolio, per currency (currencies are never added up). */
public record PortfolioTotal(String currency, long count, BigDecimal balance) {
}
