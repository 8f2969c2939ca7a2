package org.collections.invoice;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collections.policy.SchedulePlanner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The receivables portfolio by aging bucket, computed in the database so it scales with the portfolio. */
@Service
public class PortfolioService {

    private final InvoiceRepository invoices;
    private final SchedulePlanner planner;

    public PortfolioService(InvoiceRepository invoices, SchedulePlanner planner) {
        this.invoices = invoices;
        this.planner = planner;
    }

    @Transactional(readOnly = true)
    public PortfolioView portfolio(InvoiceStatus status, AgingBucket aging, int page, int size) {
        LocalDate today = planner.today();
        LocalDate from = aging == null ? LocalDate.of(1, 1, 1) : aging.dueFrom(today);
        LocalDate to = aging == null ? LocalDate.of(9999, 12, 31) : aging.dueTo(today);
        // only an open invoice ages: a paid or cancelled one is in no bucket, whatever its due date
        InvoiceStatus listed = aging != null && status == null ? InvoiceStatus.OPEN : status;
        Page<Invoice> found = aging != null && listed != InvoiceStatus.OPEN ? Page.empty(PageRequest.of(page, size))
                : invoices.findPortfolio(listed, from, to, PageRequest.of(page, size));
        List<PortfolioView.Row> rows = found.stream().map(this::row).toList();
        // one pass over the table, not one per bucket: a per-bucket query could use no index when no status is asked
        Map<AgingBucket, Map<String, PortfolioView.BucketTotal>> byBucket = new EnumMap<>(AgingBucket.class);
        List<PortfolioTotal> aged = status == null || status == InvoiceStatus.OPEN
                ? invoices.totals(InvoiceStatus.OPEN) : List.of();
        for (PortfolioTotal t : aged) {
            AgingBucket bucket = AgingBucket.ofDaysOverdue(planner.daysOverdue(t.dueDate()));
            byBucket.computeIfAbsent(bucket, b -> new TreeMap<>()).merge(t.currency(), new PortfolioView.BucketTotal(
                    bucket, t.currency(), t.count(), Money.of(t.balance(), t.currency()).amount()), (a, b) ->
                    new PortfolioView.BucketTotal(bucket, a.currency(), a.count() + b.count(),
                            a.balance().add(b.balance())));
        }
        List<PortfolioView.BucketTotal> totals = byBucket.values().stream().flatMap(c -> c.values().stream()).toList();
        return new PortfolioView(rows, totals, page, size, found.getTotalElements());
    }

    private PortfolioView.Row row(Invoice i) {
        long days = i.isOpen() ? planner.daysOverdue(i.getDueDate()) : 0;
        return new PortfolioView.Row(i.getNumber(), i.getStatus(), i.getStage(), i.getCustomer().getName(),
                i.currency().getCurrencyCode(), i.balance().amount(), i.getDueDate(), days,
                i.isOpen() ? AgingBucket.ofDaysOverdue(days) : null);
    }
}
