package org.collections.hold;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collections.customer.Customer;
import org.collections.customer.CustomerNotFoundException;
import org.collections.customer.CustomerRepository;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.dunning.CallService;
import org.collections.dunning.DunningService;
import org.collections.dunning.PlannedCase;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceNotFoundException;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.policy.SchedulePlanner;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises to pay and holds (dunning blocks): while one runs, the invoice's case waits off its dunning ladder (no stage
 * letter, no call, no late fee), and when it ends the ladder goes on one stage at a time. A manager holds an invoice
 * or a customer until a date with a reason and may lift the hold early; a promise to pay holds until the promised date
 * plus the policy's grace.
 */
@Service
public class HoldService {

    private final CaseHoldRepository holds;
    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final CaseControl cases;
    private final SchedulePlanner planner;
    private final Dossier dossier;
    private final Clock clock;
    private final DunningService dunning;
    private final CallService calls;

    public HoldService(CaseHoldRepository holds, InvoiceRepository invoices, CustomerRepository customers,
            CaseControl cases, SchedulePlanner planner, Dossier dossier, Clock clock, DunningService dunning,
            CallService calls) {
        this.holds = holds;
        this.invoices = invoices;
        this.customers = customers;
        this.cases = cases;
        this.planner = planner;
        this.dossier = dossier;
        this.clock = clock;
        this.dunning = dunning;
        this.calls = calls;
    }

    /**
     * A manager holds the invoice's case until a date: nothing goes out for it before that day.
     *
     * @throws org.collections.invoice.InvalidInputException naming each bad field; nothing is changed then
     */
    @Transactional
    @Retryable(retryFor = ConcurrencyFailureException.class, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public HoldView hold(String invoiceNumber, HoldRequest request, Map<String, String> unreadable, String actor) {
        Invoice invoice = invoice(invoiceNumber);
        FieldErrors errors = FieldErrors.of(unreadable);
        LocalDate until = until(errors, request);
        String reason = reason(errors, request);
        CaseControl.Position position = checkHoldable(errors, invoice);
        errors.throwIfAny();
        CaseControl.refuseWhileMoving(position, invoiceNumber, "invoice", "put it on hold");
        CaseHold hold = start(invoice, HoldKind.HOLD, until, reason, actor);
        dossier.record(invoice.getId(), EntryType.HOLD, "On hold until " + until + " (by " + actor + "): " + reason,
                actor);
        return view(hold);
    }

    /**
     * A manager holds every open invoice of a customer on its dunning ladder until a date. Invoices elsewhere (a
     * dispute, a plan, the legal route) send no ladder letters; their dossiers record the hold all the same.
     *
     * @return the numbers of the invoices held
     */
    @Transactional
    @Retryable(retryFor = ConcurrencyFailureException.class, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public List<String> holdCustomer(String customerNumber, HoldRequest request, Map<String, String> unreadable,
            String actor) {
        Customer customer = customer(customerNumber);
        FieldErrors errors = FieldErrors.of(unreadable);
        LocalDate until = until(errors, request);
        String reason = reason(errors, request);
        List<Invoice> open = invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                InvoiceStatus.OPEN);
        errors.check(!open.isEmpty(), "customer", "has no open invoice to hold");
        errors.throwIfAny();
        // a case on its way back to the ladder would miss the hold: all or nothing, once every case waits
        Map<Invoice, CaseControl.Position> positions = cases.positionsOrRefuse(open, "hold the customer",
                CaseControl::moving);
        if (!positions.containsValue(CaseControl.Position.LADDER)) {
            // a hold that holds nothing could not be lifted either
            errors.reject("customer", "none of its open invoices is on the dunning ladder (each is held already, in "
                    + "a dispute, a payment plan, with a manager or on the legal route): there is nothing a hold "
                    + "would stop");
            errors.throwIfAny();
        }
        List<String> held = new ArrayList<>();
        for (Invoice invoice : open) {
            if (positions.get(invoice) == CaseControl.Position.LADDER) {
                start(invoice, HoldKind.CUSTOMER_HOLD, until, reason, actor);
                dossier.record(invoice.getId(), EntryType.HOLD, "Customer " + customerNumber + " on hold until "
                        + until + " (by " + actor + "): " + reason, actor);
                held.add(invoice.getNumber());
            } else {
                String why = positions.get(invoice) == CaseControl.Position.ON_HOLD
                        ? holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoice.getId())
                                .map(h -> "this case is held already until " + day(h.getEndsAt()) + " ("
                                        + describe(h) + ") and keeps that hold")
                                .orElse("this case is held already and keeps that hold")
                        : "this case is not on the dunning ladder (" + invoice.getStage() + ") and stays where it is";
                dossier.record(invoice.getId(), EntryType.HOLD, "Customer " + customerNumber + " on hold until "
                        + until + " (by " + actor + "): " + reason + "; " + why, actor);
            }
        }
        dossier.recordForAccount(customer.getId(), EntryType.HOLD, "On hold until " + until + " (by " + actor + "): "
                + reason + "; invoices held: " + (held.isEmpty() ? "none on the dunning ladder" : String.join(", ",
                        held)), actor);
        return held;
    }

    /**
     * A manager lifts the invoice's hold before its day: the ladder goes on now.
     *
     * @throws org.collections.invoice.InvalidInputException when the invoice is not on a manager's hold
     */
    @Transactional
    @Retryable(retryFor = ConcurrencyFailureException.class, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public void lift(String invoiceNumber, String actor) {
        Invoice invoice = invoice(invoiceNumber);
        Optional<CaseHold> running = holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoice.getId());
        FieldErrors errors = new FieldErrors();
        errors.check(invoice.isOpen(), "invoice", "is closed (" + invoice.getStatus() + ")");
        if (invoice.isOpen()) {
            errors.check(running.isPresent(), "invoice", "is not on hold");
            running.ifPresent(h -> errors.check(h.getKind() != HoldKind.PROMISE, "invoice",
                    "waits for a promise to pay until " + day(h.getEndsAt()) + ", which is not a hold to lift"));
        }
        errors.throwIfAny();
        liftRunning(invoice, running.get(), actor);
    }

    /** Lifts the customer's hold from every invoice it holds. */
    @Transactional
    @Retryable(retryFor = ConcurrencyFailureException.class, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public List<String> liftCustomer(String customerNumber, String actor) {
        Customer customer = customer(customerNumber);
        List<String> lifted = new ArrayList<>();
        for (Invoice invoice : invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                InvoiceStatus.OPEN)) {
            holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoice.getId())
                    .filter(h -> h.getKind() == HoldKind.CUSTOMER_HOLD).ifPresent(h -> {
                        liftRunning(invoice, h, actor);
                        lifted.add(invoice.getNumber());
                    });
        }
        if (lifted.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.reject("customer", "is not on hold");
            errors.throwIfAny();
        }
        dossier.recordForAccount(customer.getId(), EntryType.HOLD, "Hold lifted early by " + actor + " on invoices "
                + String.join(", ", lifted), actor);
        return lifted;
    }

    private void liftRunning(Invoice invoice, CaseHold hold, String actor) {
        hold.end(clock.instant(), actor, "lifted early by " + actor);
        dossier.record(invoice.getId(), EntryType.HOLD, "Hold until " + day(hold.getEndsAt()) + " lifted early by "
                + actor + "; the dunning ladder goes on", actor);
        if (cases.position(invoice.getNumber()) == CaseControl.Position.ON_HOLD) {
            cases.liftHold(invoice.getNumber());
        }
    }

    /**
     * The case left its ladder for a manager's hold, or for the promise to pay its call just gave (which holds until
     * the promised date plus the policy's grace): answers when it ends.
     */
    @Transactional
    public Instant started(Long invoiceId) {
        CaseHold hold = holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoiceId)
                .orElseGet(() -> promise(invoiceId));
        dossier.record(invoiceId, EntryType.HOLD, "No letters, calls or late fees until " + day(hold.getEndsAt())
                + " (" + describe(hold) + ")", Dossier.SYSTEM);
        return hold.getEndsAt();
    }

    private CaseHold promise(Long invoiceId) {
        LocalDate promised = calls.latestPromisedDate(invoiceId)
                .orElseThrow(() -> new IllegalStateException("invoice #" + invoiceId + " has no hold nor promise"));
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        return holds.save(new CaseHold(invoice.getId(), HoldKind.PROMISE, clock.instant(),
                planner.promiseDeadline(promised, invoice.getCustomer().hours(planner.zone())).toInstant(),
                "promised to pay by " + promised, Dossier.SYSTEM));
    }

    /**
     * The promise or hold ended (on its day, or lifted early): a promise still unpaid is recorded as broken, and the
     * case is planned back onto its ladder: the stage it was at (after a broken promise the next one), or the stage
     * matching the invoice's age when that is later, so no burst of the letters the hold skipped.
     */
    @Transactional
    public PlannedCase resume(Long invoiceId) {
        Optional<CaseHold> running = holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoiceId);
        boolean promiseBroken = running.map(h -> h.getKind() == HoldKind.PROMISE).orElse(false);
        running.ifPresent(h -> {
            h.end(clock.instant(), Dossier.SYSTEM, promiseBroken ? "broken" : "ended on its day");
            if (!promiseBroken) {
                dossier.record(invoiceId, EntryType.HOLD, "Hold until " + day(h.getEndsAt()) + " ended; the dunning "
                        + "ladder goes on", Dossier.SYSTEM);
            }
        });
        if (promiseBroken) {
            calls.recordBrokenPromise(invoiceId);
        }
        return dunning.resume(invoiceId, promiseBroken);
    }

    /** A dispute ends a running promise or hold: the dispute holds the case now. */
    @Transactional
    public void endByDispute(Long invoiceId, String actor) {
        holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoiceId)
                .ifPresent(h -> h.end(clock.instant(), actor, "ended by a dispute"));
    }

    /**
     * A customer-wide stop ends a running promise or hold: a manager decides the case now, and once the stop is
     * lifted nothing waits for it any more. Records it in the invoice's dossier.
     */
    @Transactional
    public void endByStop(Long invoiceId, String actor) {
        holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoiceId).ifPresent(h -> {
            h.end(clock.instant(), actor, "ended by a customer-wide stop");
            dossier.record(invoiceId, EntryType.HOLD, (h.getKind() == HoldKind.PROMISE ? "The promise to pay"
                    : "The hold") + " (" + h.getReason() + ") ends with the stop: a case resumed later does not wait "
                    + "for it", actor);
        });
    }

    /** The running promise or hold of an open invoice, if any. */
    @Transactional(readOnly = true)
    public Optional<HoldView> current(Long invoiceId) {
        return holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoiceId).map(this::view);
    }

    private CaseHold start(Invoice invoice, HoldKind kind, LocalDate until, String reason, String actor) {
        // the ladder goes on at the customer's first working day from then, in the customer's hours
        CaseHold hold = holds.save(new CaseHold(invoice.getId(), kind, clock.instant(),
                planner.contactMomentFrom(until, invoice.getCustomer().hours(planner.zone())).toInstant(), reason,
                actor));
        cases.putOnHold(invoice.getNumber());
        return hold;
    }

    /** Answers where the case waits, for the caller to refuse a case on the move once the fields are checked. */
    private CaseControl.Position checkHoldable(FieldErrors errors, Invoice invoice) {
        if (!invoice.isOpen()) {
            errors.reject("invoice", "is closed (" + invoice.getStatus() + "): there is nothing to hold");
            return CaseControl.Position.NONE;
        }
        CaseControl.Position position = cases.position(invoice.getNumber());
        switch (position) {
            case LADDER, BETWEEN_STEPS, STEP_FAILED, SUSPENDED -> {
            }
            case ON_HOLD -> holds.findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(invoice.getId()).ifPresentOrElse(
                    h -> errors.reject("invoice", "is held already until " + day(h.getEndsAt()) + " ("
                            + describe(h) + "); lift that first"),
                    () -> errors.reject("invoice", "is held already"));
            case ELSEWHERE, PAYMENT_PLAN, ROUTE_DECISION, LEGAL_ROUTE, DISPUTE -> errors.reject("invoice",
                    "its case is not on the dunning ladder (stage " + invoice.getStage()
                            + "): nothing is sent from there that a hold would stop");
            case NONE -> errors.reject("invoice", "has no running case");
        }
        return position;
    }

    private LocalDate until(FieldErrors errors, HoldRequest request) {
        String value = request == null ? null : request.until();
        if (value == null || value.isBlank()) {
            errors.reject("until", "is required: the day the dunning ladder goes on");
            return null;
        }
        LocalDate until = errors.date(value, "until");
        if (until != null) {
            errors.check(until.isAfter(planner.today()), "until", "must be after today (" + planner.today() + ")");
        }
        return until;
    }

    private static String reason(FieldErrors errors, HoldRequest request) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        errors.check(!reason.isEmpty(), "reason", "is required: say why the invoice is held");
        errors.maxLength(reason, CaseHold.MAX_REASON, "reason");
        return reason;
    }

    private String describe(CaseHold hold) {
        return switch (hold.getKind()) {
            case PROMISE -> "customer " + hold.getReason();
            case HOLD -> "held by " + hold.getActor() + ": " + hold.getReason();
            case CUSTOMER_HOLD -> "customer held by " + hold.getActor() + ": " + hold.getReason();
        };
    }

    private HoldView view(CaseHold hold) {
        return new HoldView(hold.getKind(), day(hold.getEndsAt()), hold.getEndsAt(), hold.getReason(),
                hold.getActor());
    }

    private LocalDate day(Instant moment) {
        return planner.dateOf(moment);
    }

    private Invoice invoice(String number) {
        return invoices.findByNumber(number).orElseThrow(() -> new InvoiceNotFoundException(number));
    }

    private Customer customer(String number) {
        return customers.findByNumber(number).orElseThrow(() -> new CustomerNotFoundException(number));
    }
}
