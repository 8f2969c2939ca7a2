package org.collections.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.AgingBucket;

/** {@code GET /api/customers}: the portfolio by customer, a row per customer and currency, with totals. */
public record AccountPortfolioView(List<Row> customers, List<Total> totals, int page, int size, long totalElements) {

    public record Row(String number, String name, String currency, long openInvoices, BigDecimal balance,
            BigDecimal overdue, LocalDate oldestDueDate, long daysOverdue, AgingBucket aging) {
    }

    /** Over every customer that matches, not only this page. */
    public record Total(String currency, long customers, BigDecimal balance, BigDecimal overdue) {
    }
}
