package org.collections.claim;

import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceEvents;
import org.collections.invoice.InvoiceRepository;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books every open claim once a night: a late fee that fell due while nothing happened in its case gets its dossier
 * entry on its day, and lists and totals (the portfolio, task priorities, Cockpit's search) read the fees, interest
 * and costs of that day. Each invoice in a transaction of its own; one that a step of its case (or another node)
 * changes at the same moment is left to that step, which books the claim itself.
 */
@Component
public class ClaimBookings {

    private static final Logger log = LoggerFactory.getLogger(ClaimBookings.class);
    private static final int BATCH = 200;

    private final InvoiceRepository invoices;
    private final ClaimService claims;
    private final SchedulePlanner planner;
    private final CollectionPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    public ClaimBookings(InvoiceRepository invoices, ClaimService claims, SchedulePlanner planner,
            CollectionPolicy policy, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.invoices = invoices;
        this.claims = claims;
        this.planner = planner;
        this.policy = policy;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Answers how many invoices it booked. */
    @Scheduled(cron = "${collections.policy.claims.booking-cron}", zone = "${collections.policy.time-zone}")
    public int bookAll() {
        LocalDate today = planner.today();
        // nothing is added to a claim before its first late fee or the final demand
        LocalDate dueTo = today.minus(policy.stages().day30());
        int booked = 0;
        long after = 0;
        for (List<Long> ids = batch(dueTo, today, after); !ids.isEmpty(); ids = batch(dueTo, today, after)) {
            for (Long id : ids) {
                try {
                    transaction.executeWithoutResult(tx -> book(id));
                    booked++;
                } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                    log.info("Claim of invoice #{} not booked tonight: its case changed it at the same moment", id);
                }
                after = id;
            }
        }
        log.info("Booked the claims of {} open invoices as of {}", booked, today);
        return booked;
    }

    private List<Long> batch(LocalDate dueTo, LocalDate today, long after) {
        return invoices.findClaimsToBook(dueTo, today, after, PageRequest.ofSize(BATCH));
    }

    private void book(Long id) {
        Invoice invoice = invoices.findById(id).orElseThrow();
        var feesBefore = invoice.fees();
        var costsBefore = invoice.costs();
        claims.update(invoice);
        // a new fee or new costs change what tasks and cases show; interest alone moves every day and waits
        if (!invoice.fees().equals(feesBefore) || !invoice.costs().equals(costsBefore)) {
            events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
        }
    }
}
