package org.collections.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Count and outstanding balance of the invoices in one currency due on one day (currencies are never added up).
 */
public record PortfolioTotal(String currency, LocalDate dueDate, long count, BigDecimal balance) {
}
