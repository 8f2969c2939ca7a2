package org.collections.customer;

import org.collections.claim.ClaimService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.collections.dossier.Dossier;
import org.collections.hold.CaseHoldRepository;
import org.collections.hold.HoldKind;
import org.collections.dunning.CallOutcome;
import org.collections.dunning.CallRecord;
import org.collections.dunning.CallRecordRepository;
import org.collections.invoice.AgingBucket;
import org.collections.invoice.CaseProgress;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.plan.PaymentPlanService;
import org.collections.policy.SchedulePlanner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer account as one picture: contacts, invoices, what is owed and how late, tasks, promises, dossier. */
@Service
public class AccountService {

    private final CustomerAccounts accounts;
    private final CustomerRepository customers;
    private final InvoiceRepository invoices;
    private final CallRecordRepository calls;
    private final CaseProgress progress;
    private final Dossier dossier;
    private final SchedulePlanner planner;
    private final AccountCredits credits;
    private final ClaimService claims;
    private final PaymentPlanService plans;
    private final CaseHoldRepository holds;

    public AccountService(CustomerAccounts accounts, CustomerRepository customers, InvoiceRepository invoices, CallRecordRepository calls,
            CaseProgress progress, Dossier dossier, SchedulePlanner planner, AccountCredits credits, ClaimService claims,
            PaymentPlanService plans, CaseHoldRepository holds) {
        this.plans = plans;
        this.holds = holds;
        this.claims = claims;
        this.credits = credits;
        this.accounts = accounts;
        this.customers = customers;
        this.invoices = invoices;
        this.calls = calls;
        this.progress = progress;
        this.dossier = dossier;
        this.planner = planner;
    }

    @Transactional(readOnly = true)
    public AccountView account(String number) {
        Customer customer = accounts.get(number);
        LocalDate today = planner.today();
        List<Invoice> all = invoices.findByCustomerIdOrderByDueDateAscNumberAsc(customer.getId());
        List<Invoice> open = all.stream().filter(Invoice::isOpen).toList();

        Map<String, Money> owed = new TreeMap<>();
        Map<String, AccountView.AgingTotal> aging = new LinkedHashMap<>();
        for (Invoice i : open) {
            String currency = i.currency().getCurrencyCode();
            owed.merge(currency, claims.balance(i), Money::plus);
            AgingBucket bucket = AgingBucket.ofDaysOverdue(planner.daysOverdue(i.getDueDate()));
            aging.merge(bucket.label() + "/" + currency,
                    new AccountView.AgingTotal(bucket, currency, 1, claims.balance(i).amount()),
                    (a, b) -> new AccountView.AgingTotal(a.bucket(), a.currency(), a.count() + 1,
                            a.balance().add(b.balance())));
        }
        // the currency of the latest invoice still owed (else of the latest one): never one in which nothing is owed
        // beside a balance owed in another
        String currency = (open.isEmpty() ? all : open).stream().max(Comparator.comparing(Invoice::getRegisteredAt)
                        .thenComparing(Invoice::getId))
                .map(i -> i.currency().getCurrencyCode()).orElse(null);
        BigDecimal balance = currency == null ? BigDecimal.ZERO
                : owed.getOrDefault(currency, Money.zero(java.util.Currency.getInstance(currency))).amount();

        List<AccountView.InvoiceRow> rows = all.stream().map(i -> {
            long days = i.isOpen() ? planner.daysOverdue(i.getDueDate()) : 0;
            return new AccountView.InvoiceRow(i.getNumber(), i.getStatus(), i.getStage(),
                    i.currency().getCurrencyCode(), i.amount().amount(), claims.balance(i).amount(), i.getDueDate(), days,
                    i.isOpen() ? AgingBucket.ofDaysOverdue(days) : null);
        }).toList();

        return new AccountView(customer.getNumber(), customer.getName(), customer.getType(), customer.getEmail(),
                customer.getPhone(), customer.getAddress(), customer.getLocale(), customer.getTimeZone(),
                customer.getCountry(), customer.paymentReference().electronic(), customer.reachableContacts(), currency, balance,
                owed.values().stream().map(AccountService::amount).toList(),
                credits.of(customer.getId()).stream().map(AccountService::amount).toList(),
                aging.values().stream().sorted(Comparator.comparing(AccountView.AgingTotal::bucket)).toList(),
                rows,
                progress.openTasks(all.stream().map(Invoice::getNumber).toList(), customer.getNumber()),
                promises(all, today),
                plans.viewsOfCustomer(customer.getId()),
                dossier(customer, all));
    }

    private static AccountView.Amount amount(Money money) {
        return new AccountView.Amount(money.currency().getCurrencyCode(), money.amount());
    }

    /** The portfolio by customer; {@code aging} keeps the customers with an open invoice in that bucket. */
    @Transactional(readOnly = true)
    public AccountPortfolioView portfolio(AgingBucket aging, AccountSort sort, int page, int size) {
        LocalDate today = planner.today();
        LocalDate from = aging == null ? LocalDate.of(1, 1, 1) : aging.dueFrom(today);
        LocalDate to = aging == null ? LocalDate.of(9999, 12, 31) : aging.dueTo(today);
        PageRequest request = PageRequest.of(page, size);
        Page<AccountRow> found = switch (sort) {
            case AT_RISK -> customers.portfolioByRisk(today, from, to, request);
            case BALANCE -> customers.portfolioByBalance(today, from, to, request);
            case NUMBER -> customers.portfolioByNumber(today, from, to, request);
        };
        List<AccountPortfolioView.Row> rows = found.stream().map(r -> {
            long days = planner.daysOverdue(r.oldestDueDate());
            return new AccountPortfolioView.Row(r.number(), r.name(), r.currency(), r.openInvoices(),
                    Money.of(r.balance(), r.currency()).amount(), Money.of(r.overdue(), r.currency()).amount(),
                    r.oldestDueDate(), days, AgingBucket.ofDaysOverdue(days));
        }).toList();
        List<AccountPortfolioView.Total> totals = customers.portfolioTotals(today, from, to).stream()
                .map(t -> new AccountPortfolioView.Total(t.currency(), t.customers(),
                        Money.of(t.balance(), t.currency()).amount(), Money.of(t.overdue(), t.currency()).amount()))
                .toList();
        return new AccountPortfolioView(rows, totals, page, size, found.getTotalElements());
    }

    private List<AccountView.Entry> dossier(Customer customer, List<Invoice> all) {
        Map<Long, String> numbers = new LinkedHashMap<>();
        all.forEach(i -> numbers.put(i.getId(), i.getNumber()));
        return dossier.ofAccount(customer.getId()).stream()
                .map(e -> new AccountView.Entry(e.getAt(), e.getType().name(), e.getSummary(), e.getActor(),
                        e.getInvoiceId() == null ? null : numbers.get(e.getInvoiceId())))
                .toList();
    }

    /** Promises made in one call cover several invoices: one entry per call, newest first. */
    private List<AccountView.Promise> promises(List<Invoice> all, LocalDate today) {
        Map<Long, Invoice> byId = new LinkedHashMap<>();
        all.forEach(i -> byId.put(i.getId(), i));
        // one call to the customer records its promise on each invoice it covers; calls from before contact cases
        // have no customer call and stand alone
        Map<Long, List<CallRecord>> byCall = new LinkedHashMap<>();
        for (CallRecord call : calls.findByInvoiceIdInAndOutcomeOrderByAtAscIdAsc(byId.keySet(),
                CallOutcome.PROMISED_TO_PAY)) {
            byCall.computeIfAbsent(call.getCustomerCallId() != null ? call.getCustomerCallId() : -call.getId(),
                    k -> new ArrayList<>()).add(call);
        }
        List<AccountView.Promise> promises = new ArrayList<>();
        byCall.values().forEach(group -> {
            CallRecord first = group.get(0);
            List<Invoice> covered = group.stream().map(c -> byId.get(c.getInvoiceId())).filter(Objects::nonNull)
                    .toList();
            // a promise holds its invoices until its day; a dispute or a customer-wide stop ends it before
            boolean open = !first.getPromisedDate().isBefore(today) && covered.stream()
                    .anyMatch(i -> i.isOpen() && holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(i.getId())
                            .filter(h -> h.getKind() == HoldKind.PROMISE).isPresent());
            promises.add(0, new AccountView.Promise(first.getPromisedDate(),
                    covered.stream().map(Invoice::getNumber).toList(), first.getAt(), first.getActor(), open));
        });
        return promises;
    }
}
