package org.collections.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collections.policy.Stage;

/**
 * Answer of {@code GET /api/invoices}: one page of the portfolio plus the open invoices' totals per aging bucket. Only
 * an open invoice ages: a paid or cancelled one shows 0 days overdue and no bucket, as on its own page.
 */
public record PortfolioView(List<Row> invoices, List<BucketTotal> totals, int page, int size, long totalElements) {

    public record Row(String number, InvoiceStatus status, Stage stage, String customer, String currency,
            BigDecimal balance, LocalDate dueDate, long daysOverdue, AgingBucket aging) {
    }

    public record BucketTotal(AgingBucket bucket, String currency, long count, BigDecimal balance) {
    }
}
