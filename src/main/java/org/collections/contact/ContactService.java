package org.collections.contact;

import org.collections.claim.ClaimService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.collections.customer.ContactData;
import org.collections.customer.Customer;
import org.collections.customer.CustomerLocks;
import org.collections.customer.CustomerNotFoundException;
import org.collections.customer.CustomerRepository;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.dunning.CallOutcome;
import org.collections.dunning.CallRecord;
import org.collections.dunning.CallRecordRepository;
import org.collections.dunning.CallService;
import org.collections.dunning.NextCall;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;
import org.collections.text.Periods;
import org.collections.text.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation with a customer: invoices ask for a call, one call covers every invoice waiting for one, and its
 * outcome is given per invoice. Contact limits count calls to the customer, not per invoice.
 */
@Service
public class ContactService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Duration WEEK = Duration.ofDays(7);
    /** the call history shortens each call's notes so that several calls fit the task's variable */
    static final int NOTES_SHOWN = 1000;

    private final CustomerRepository customers;
    private final CustomerLocks locks;
    private final InvoiceRepository invoices;
    private final CallRequestRepository requests;
    private final CustomerCallRepository customerCalls;
    private final CallRecordRepository callRecords;
    private final SchedulePlanner planner;
    private final CollectionPolicy policy;
    private final Dossier dossier;
    private final Clock clock;
    private final ZoneId zone;
    private final ClaimService claims;

    public ContactService(CustomerRepository customers, CustomerLocks locks, InvoiceRepository invoices, CallRequestRepository requests,
            CustomerCallRepository customerCalls, CallRecordRepository callRecords,
            SchedulePlanner planner, CollectionPolicy policy, Dossier dossier, Clock clock, ClaimService claims) {
        this.claims = claims;
        this.customers = customers;
        this.locks = locks;
        this.invoices = invoices;
        this.requests = requests;
        this.customerCalls = customerCalls;
        this.callRecords = callRecords;
        this.planner = planner;
        this.policy = policy;
        this.dossier = dossier;
        this.clock = clock;
        this.zone = policy.timeZone();
    }

    /**
     * Files an invoice's request for a call. The customer's row is locked first: of two invoices asking at the same
     * moment, one opens the contact case and the other joins it. A repeated request (a retried step) files nothing new.
     */
    @Transactional
    public ContactRequest requestCall(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        Customer customer = locks.lock(invoice.getCustomer().getId());
        if (!requests.findByInvoiceIdAndStatus(invoiceId, CallRequest.Status.OPEN).isEmpty()) {
            return new ContactRequest(customer.getNumber(), false);
        }
        requests.save(new CallRequest(customer.getId(), invoiceId, invoice.getStage(), clock.instant()));
        boolean start = customer.openContact();
        dossier.record(invoiceId, EntryType.CALL, start
                ? "Call to the customer requested (" + invoice.getStage() + "); the customer's contact case opens"
                : "Call to the customer requested (" + invoice.getStage() + "); joins the customer's open contact case",
                Dossier.SYSTEM);
        return new ContactRequest(customer.getNumber(), start);
    }

    /**
     * The invoice's case stopped waiting for a call (paid, next stage, dispute raised elsewhere): its open request
     * is withdrawn. Empty when it had none (its call was answered already).
     */
    @Transactional
    public Optional<Withdrawal> withdraw(Long invoiceId) {
        List<CallRequest> open = requests.findByInvoiceIdAndStatus(invoiceId, CallRequest.Status.OPEN);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Customer customer = locks.lock(open.get(0).getCustomerId());
        open.forEach(CallRequest::withdraw);
        dossier.record(invoiceId, EntryType.CALL, "Call request withdrawn: the case no longer waits for a call",
                Dossier.SYSTEM);
        return Optional.of(new Withdrawal(customer.getNumber(),
                !requests.existsByCustomerIdAndStatus(customer.getId(), CallRequest.Status.OPEN)));
    }

    /** A withdrawn call request: whose, and whether no invoice of the customer waits for a call any more. */
    public record Withdrawal(String customerNumber, boolean nothingLeft) {
    }

    /** Whether the customer's contact case runs (for the process side, which starts or joins it). */
    @Transactional(readOnly = true)
    public boolean contactOpen(String customerNumber) {
        return customer(customerNumber).isContactOpen();
    }

    @Transactional(readOnly = true)
    public ContactBriefing briefing(String customerNumber) {
        Customer customer = customer(customerNumber);
        List<Invoice> waiting = waitingInvoices(customer);
        List<ContactData> contacts = customer.reachableContacts();
        ContactData next = contactToCall(customer);
        // the form renders it as Markdown: what was typed about a contact shows as typed, one contact per line
        String others = contacts.stream().filter(c -> !c.equals(next)).map(c -> Texts.markdownLiteral(c.describe()))
                .collect(Collectors.joining("\n"));
        Map<String, Money> owed = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Invoice i : waiting) {
            owed.merge(i.currency().getCurrencyCode(), claims.balance(i), Money::plus);
            // a number like www.pay-here.example would otherwise be a link
            lines.add("- **" + Texts.markdownLiteral(i.getNumber()) + "**: " + stageName(i.getStage()) + ", "
                    + claims.balance(i) + " owed, due " + i.getDueDate() + ", " + planner.daysOverdue(i.getDueDate()) + " days overdue");
        }
        String invoiceList = lines.isEmpty() ? "No invoice waits for this call any more: it may be closed."
                : Texts.joinNewest(lines, "\n", Texts.MAX_VARIABLE, n -> "… and " + n + " more");
        return new ContactBriefing(customer.getNumber(), customer.getName(), customer.getType().name(),
                next.describe(), next.phone() == null ? "" : next.phone(), next.email() == null ? "" : next.email(),
                others.isEmpty() ? "No other contacts known." : Texts.fit(others, Texts.MAX_VARIABLE), invoiceList,
                Texts.fit(waiting.stream().map(Invoice::getNumber).collect(Collectors.joining(", ")),
                        Texts.MAX_VARIABLE),
                owed.values().stream().map(Money::toString).collect(Collectors.joining(" + ")),
                waiting.stream().mapToLong(i -> planner.daysOverdue(i.getDueDate())).max().orElse(0),
                history(customer), brokenPromises(customer));
    }

    /**
     * Validates and records what the agent reports of a call, for every invoice it covers. Nothing is recorded when
     * any field is wrong.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public RecordedContact record(String customerNumber, CallReport report, String actor) {
        Customer customer = customer(customerNumber);
        List<CallRequest> open = requests.findByCustomerIdAndStatusOrderByRequestedAtAscIdAsc(customer.getId(),
                CallRequest.Status.OPEN);
        Map<String, CallRequest> byNumber = new LinkedHashMap<>();
        Map<Long, Invoice> invoiceOf = new LinkedHashMap<>();
        for (CallRequest r : open) {
            Invoice i = invoice(r.getInvoiceId());
            byNumber.put(i.getNumber(), r);
            invoiceOf.put(r.getId(), i);
        }

        FieldErrors errors = new FieldErrors();
        CallOutcome outcome = errors.oneOf(report.callOutcome(), CallOutcome.class, CallOutcome::reportable,
                "callOutcome");
        Map<CallOutcome, Set<String>> named = new LinkedHashMap<>();
        named.put(CallOutcome.PROMISED_TO_PAY, invoiceList(errors, report.promisedInvoices(), "promisedInvoices",
                byNumber.keySet(), named));
        named.put(CallOutcome.PAYMENT_PLAN, invoiceList(errors, report.planInvoices(), "planInvoices",
                byNumber.keySet(), named));
        named.put(CallOutcome.DISPUTED, invoiceList(errors, report.disputedInvoices(), "disputedInvoices",
                byNumber.keySet(), named));
        Map<String, CallOutcome> outcomes = new LinkedHashMap<>();
        if (outcome == CallOutcome.NO_ANSWER) {
            named.forEach((o, list) -> errors.check(list.isEmpty(), field(o),
                    "leave empty when no one answered"));
        } else if (outcome != null && outcome.reportable()) {
            named.forEach((o, list) -> list.forEach(n -> outcomes.put(n, o)));
            boolean ownListGiven = !named.getOrDefault(outcome, Set.of()).isEmpty();
            for (String n : byNumber.keySet()) {
                outcomes.putIfAbsent(n, ownListGiven ? CallOutcome.NOTHING_AGREED : outcome);
            }
            errors.check(byNumber.isEmpty() || outcomes.containsValue(outcome) || errors.has(field(outcome)),
                    field(outcome), "the " + describeOutcome(outcome) + " covers no invoice of this call");
        }
        LocalDate promisedDate = null;
        if (outcomes.containsValue(CallOutcome.PROMISED_TO_PAY)) {
            promisedDate = errors.date(report.promisedDate(), "promisedDate");
            LocalDate today = planner.today();
            if (promisedDate != null) {
                errors.check(!promisedDate.isBefore(today), "promisedDate", "must not be in the past");
                errors.check(!promisedDate.isAfter(today.plus(policy.calls().maxPromiseAhead())), "promisedDate",
                        "must be within " + Periods.describe(policy.calls().maxPromiseAhead())
                                + " of today (policy)");
            }
        }
        boolean callBackAsked = callBackAsked(errors, report.callBackAsked(), outcome);
        errors.maxLength(report.callNotes(), InputLimits.CALL_NOTES, "callNotes");
        String notes = report.callNotes() == null || report.callNotes().isBlank() ? null : report.callNotes().strip();
        errors.check(!outcomes.containsValue(CallOutcome.DISPUTED) || notes != null, "callNotes",
                "say what the customer disputes");
        errors.throwIfAny();

        ContactData called = contactToCall(customer);
        Instant now = clock.instant();
        CustomerCall call = customerCalls.save(new CustomerCall(customer.getId(), now, outcome,
                Texts.fit(called.describe(), CustomerCall.MAX_CONTACT), notes, actor, callBackAsked));
        Instant deadline = promisedDate == null ? null : planner.promiseDeadline(promisedDate, customer.hours(zone)).toInstant();
        for (Map.Entry<String, CallRequest> e : byNumber.entrySet()) {
            CallRequest request = e.getValue();
            Invoice invoice = invoiceOf.get(request.getId());
            CallOutcome own = outcome == CallOutcome.NO_ANSWER ? CallOutcome.NO_ANSWER : outcomes.get(e.getKey());
            LocalDate promised = own == CallOutcome.PROMISED_TO_PAY ? promisedDate : null;
            callRecords.save(CallRecord.partOf(call.getId(), invoice.getId(), now, invoice.getStage(), own, promised,
                    notes, actor));
            String summary = "Call (" + invoice.getStage() + ", " + called.role() + "): "
                    + CallService.describe(own, promised)
                    + (byNumber.size() > 1 ? " (call about " + byNumber.size() + " invoices)" : "")
                    + (notes == null ? "" : ". Notes: " + notes);
            dossier.record(invoice.getId(), own == CallOutcome.PROMISED_TO_PAY ? EntryType.PROMISE
                    : own == CallOutcome.DISPUTED ? EntryType.DISPUTE : EntryType.CALL, summary, actor);
            if (own == CallOutcome.NO_ANSWER) {
                continue;
            }
            if (own == CallOutcome.DISPUTED) {
                invoice.moveTo(Stage.DISPUTE);
            }
            request.answer(own, promised, own == CallOutcome.PROMISED_TO_PAY ? deadline : null, call.getId(), now);
        }
        if (byNumber.isEmpty()) {
            dossier.recordForAccount(customer.getId(), EntryType.CALL, "Call (" + called.role() + "): "
                    + CallService.describe(outcome, null) + "; no invoice was waiting for it any more", actor);
        }
        return new RecordedContact(call.getId(), outcome, outcomes.containsValue(CallOutcome.PROMISED_TO_PAY));
    }

    /**
     * After a call no one answered: another attempt on the next contact day while the unanswered calls of the last 7
     * days stay under the policy's attempts; after that the invoices hear that the customer is unreachable, resend the
     * invoice and ask again a week later. That weekly call is one attempt: when every invoice waiting for it has been
     * unreachable in its stage already, no answer makes it unreachable again, so the customer gets a call and a copy
     * of the invoice every week until the next stage instead of silence. Whether an attempt may go out when planned is
     * {@link #checkCall}'s to say.
     */
    @Transactional
    public NextCall planNextCall(String customerNumber) {
        Customer customer = customer(customerNumber);
        Instant now = clock.instant();
        long unanswered = customerCalls.findByCustomerIdOrderByAtAscIdAsc(customer.getId()).stream()
                .filter(c -> !c.isConversation() && c.getAt().isAfter(now.minus(WEEK))).count();
        int max = policy.calls().maxAttemptsPerWeek();
        List<CallRequest> waiting = waiting(customer);
        boolean weekly = !waiting.isEmpty() && waiting.stream().allMatch(r ->
                requests.existsByInvoiceIdAndStageAndOutcome(r.getInvoiceId(), r.getStage(), CallOutcome.UNREACHABLE));
        boolean left = !weekly && unanswered < max;
        ZonedDateTime at = planner.nextContactMoment(customer.hours(zone));
        String summary = left
                ? "No answer (" + unanswered + " of " + max + " attempts this week); next attempt " + at.toLocalDate()
                : weekly ? "No answer to this week's call; invoice resent by email and post, next call in a week"
                : "No answer after " + unanswered + " attempts this week; invoice resent by email and post, "
                        + "next call in a week";
        waiting.forEach(r -> dossier.record(r.getInvoiceId(), EntryType.CALL, summary, Dossier.SYSTEM));
        return new NextCall(left, at);
    }

    /**
     * Whether a call to the customer may be made now, checked before the call task is created: at most the policy's
     * attempts in any 7 days, counted across all of the customer's invoices, and none within the quiet days after a
     * conversation unless the customer asked to be called again. A call held back is recorded in the dossier of
     * every invoice waiting for it, with the reason and the time it is planned for instead.
     */
    @Transactional
    public CallRelease checkCall(String customerNumber) {
        Customer customer = customer(customerNumber);
        Instant now = clock.instant();
        List<CustomerCall> calls = customerCalls.findByCustomerIdOrderByAtAscIdAsc(customer.getId());
        List<String> reasons = new ArrayList<>();
        Instant notBefore = now;
        int max = policy.calls().maxAttemptsPerWeek();
        List<CustomerCall> lastWeek = calls.stream().filter(c -> c.getAt().isAfter(now.minus(WEEK))).toList();
        if (lastWeek.size() >= max) {
            // the call that must leave the 7 days before another fits
            Instant free = lastWeek.get(lastWeek.size() - max).getAt().plus(WEEK);
            notBefore = later(notBefore, free);
            reasons.add(lastWeek.size() + " calls in the last 7 days (limit " + max + ")");
        }
        Optional<CustomerCall> conversation = calls.stream().filter(CustomerCall::isConversation)
                .reduce((first, second) -> second);
        if (conversation.isPresent() && !conversation.get().isCallBackAsked()) {
            Instant quietUntil = conversation.get().getAt().atZone(zone)
                    .plus(policy.calls().quietAfterConversation()).toInstant();
            if (quietUntil.isAfter(now)) {
                notBefore = later(notBefore, quietUntil);
                ZoneId customerZone = customer.hours(zone).zone();
                reasons.add("the customer was reached on "
                        + WHEN.format(conversation.get().getAt().atZone(customerZone)) + " (" + customerZone
                        + ") (no call within " + policy.calls().quietAfterConversation()
                        + " after a conversation unless the customer asks)");
            }
        }
        ZonedDateTime at = planner.nextContactMoment(customer.hours(zone), notBefore);
        if (reasons.isEmpty() && !at.toInstant().isAfter(now)) {
            return new CallRelease(true, at);
        }
        if (reasons.isEmpty()) {
            reasons.add("outside the customer's contact hours");
        }
        String summary = "Call held back: " + String.join("; ", reasons) + ". Planned for "
                + SchedulePlanner.describe(at);
        waiting(customer).forEach(r -> dossier.record(r.getInvoiceId(), EntryType.CALL, summary, Dossier.SYSTEM));
        return new CallRelease(false, at);
    }

    /** Whether a call may be made now and, if not, when it is planned instead. */
    public record CallRelease(boolean now, ZonedDateTime at) {
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean callBackAsked(FieldErrors errors, String value, CallOutcome outcome) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        errors.check(value.equalsIgnoreCase("true"), "callBackAsked", "must be true or false");
        errors.check(!value.equalsIgnoreCase("true") || outcome != CallOutcome.NO_ANSWER, "callBackAsked",
                "leave empty when no one answered");
        return value.equalsIgnoreCase("true");
    }

    /** The attempts of the week are used up: every waiting invoice hears that the customer is unreachable. */
    @Transactional
    public void reportUnreachable(String customerNumber) {
        Customer customer = customer(customerNumber);
        Instant now = clock.instant();
        waiting(customer).forEach(r -> r.answer(CallOutcome.UNREACHABLE, null, null, null, now));
    }

    /** Outcomes given by calls that the invoices' cases have not been told yet, oldest first. */
    @Transactional(readOnly = true)
    public List<InvoiceAnswer> untold(String customerNumber) {
        Customer customer = customer(customerNumber);
        return requests.findByCustomerIdAndStatusAndDeliveredFalseOrderByIdAsc(customer.getId(),
                CallRequest.Status.ANSWERED).stream()
                .map(r -> new InvoiceAnswer(r.getId(), r.getInvoiceId(), invoice(r.getInvoiceId()).getNumber(),
                        r.getOutcome(), r.getPromiseDeadline() == null ? null : r.getPromiseDeadline().atZone(zone)))
                .toList();
    }

    /**
     * The invoice's case has been told (or, when {@code heard} is false, no longer waited: it was paid or moved on
     * meanwhile, which its dossier records instead of failing the contact case).
     */
    @Transactional
    public void told(InvoiceAnswer answer, boolean heard) {
        requests.findById(answer.requestId()).ifPresent(CallRequest::delivered);
        if (!heard) {
            dossier.record(answer.invoiceId(), EntryType.CALL, "Call outcome " + answer.outcome()
                    + " not applied: the case no longer waited for a call", Dossier.SYSTEM);
        }
    }

    /**
     * Closes the contact case unless invoices are still waiting for a call (they asked after the call began): then
     * the caller calls again. Answers whether the case closed.
     */
    @Transactional
    public boolean close(String customerNumber) {
        Customer customer = locks.lock(customerNumber)
                .orElseThrow(() -> new CustomerNotFoundException(customerNumber));
        if (requests.existsByCustomerIdAndStatus(customer.getId(), CallRequest.Status.OPEN)) {
            return false;
        }
        customer.closeContact();
        return true;
    }

    private List<CallRequest> waiting(Customer customer) {
        return requests.findByCustomerIdAndStatusOrderByRequestedAtAscIdAsc(customer.getId(),
                CallRequest.Status.OPEN);
    }

    private List<Invoice> waitingInvoices(Customer customer) {
        return waiting(customer).stream().map(r -> invoice(r.getInvoiceId())).toList();
    }

    /** The main contact first; each call since the customer was last reached that no one answered moves one on. */
    private ContactData contactToCall(Customer customer) {
        List<ContactData> contacts = customer.reachableContacts();
        return contacts.get((int) (unansweredSinceReached(customer) % contacts.size()));
    }

    private long unansweredSinceReached(Customer customer) {
        List<CustomerCall> all = customerCalls.findByCustomerIdOrderByAtAscIdAsc(customer.getId());
        long count = 0;
        for (int i = all.size() - 1; i >= 0 && all.get(i).getOutcome() == CallOutcome.NO_ANSWER; i--) {
            count++;
        }
        return count;
    }

    private String history(Customer customer) {
        List<CustomerCall> all = customerCalls.findByCustomerIdOrderByAtAscIdAsc(customer.getId());
        if (all.isEmpty()) {
            return "No calls yet.";
        }
        return Texts.joinNewest(all.stream()
                .map(c -> WHEN.format(c.getAt().atZone(zone)) + " (" + Texts.markdownLiteral(c.getActor()) + ", "
                        + Texts.markdownLiteral(c.getContact()) + "): " + c.getOutcome()
                        + (c.getNotes() == null ? "" : " – "
                                + Texts.markdownLiteral(Texts.fit(c.getNotes(), NOTES_SHOWN))))
                .toList(), "\n", Texts.MAX_VARIABLE, n -> "… " + n + (n == 1 ? " earlier call" : " earlier calls")
                        + " in the dossier");
    }

    private long brokenPromises(Customer customer) {
        return dossier.countInAccount(customer.getId(), EntryType.BROKEN_PROMISE);
    }

    /** The invoice numbers of one list of the form; each must be one of the call's invoices and in one list only. */
    private static Set<String> invoiceList(FieldErrors errors, String value, String field, Set<String> ofCall,
            Map<CallOutcome, Set<String>> earlier) {
        Set<String> numbers = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return numbers;
        }
        errors.maxLength(value, InputLimits.CALL_INVOICE_LIST, field);
        for (String n : value.strip().split("[,;\\s]+")) {
            if (!ofCall.contains(n)) {
                errors.reject(field, Texts.fit(n, 60) + " is not one of the invoices of this call ("
                        + String.join(", ", ofCall) + ")");
                return Set.of();
            }
            if (earlier.values().stream().anyMatch(list -> list.contains(n))) {
                errors.reject(field, n + " is already named in another list");
                return Set.of();
            }
            numbers.add(n);
        }
        return numbers;
    }

    private static String field(CallOutcome outcome) {
        return switch (outcome) {
            case PROMISED_TO_PAY -> "promisedInvoices";
            case PAYMENT_PLAN -> "planInvoices";
            case DISPUTED -> "disputedInvoices";
            default -> "callOutcome";
        };
    }

    private static String describeOutcome(CallOutcome outcome) {
        return switch (outcome) {
            case PROMISED_TO_PAY -> "promise";
            case PAYMENT_PLAN -> "payment plan";
            case DISPUTED -> "dispute";
            default -> "outcome";
        };
    }

    private static String stageName(Stage stage) {
        return stage == null ? "not yet due" : switch (stage) {
            case PRE_DUE -> "not yet due";
            // the stage, not the letter: a letter may still wait for the customer's hours, or a stop withdrew it
            case DAY_1 -> "reminder stage (day 1)";
            case DAY_30 -> "late notice stage (day 30)";
            case DAY_60 -> "final demand stage (day 60)";
            default -> stage.name().toLowerCase().replace('_', ' ');
        };
    }

    private Customer customer(String number) {
        return customers.findByNumber(number).orElseThrow(() -> new CustomerNotFoundException(number));
    }

    private Invoice invoice(Long id) {
        return invoices.findById(id).orElseThrow(() -> new IllegalStateException("no invoice #" + id));
    }
}
