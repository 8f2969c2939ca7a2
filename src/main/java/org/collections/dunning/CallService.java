package org.collections.dunning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls to the customer: what an agent reports, how often to try again, and promises kept or broken. */
@Service
public class CallService {

    private final CallRecordRepository calls;
    private final InvoiceRepository invoices;
    private final SchedulePlanner planner;
    private final CollectionPolicy policy;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;

    public CallService(CallRecordRepository calls, InvoiceRepository invoices, SchedulePlanner planner,
            CollectionPolicy policy, LetterService letters, Dossier dossier, Clock clock) {
        this.calls = calls;
        this.invoices = invoices;
        this.planner = planner;
        this.policy = policy;
        this.letters = letters;
        this.dossier = dossier;
        this.clock = clock;
    }

    /**
     * Validates and records what the agent reports of a call. Answers the call's outcome and, for a promise,
     * the moment it counts as broken.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public RecordedCall record(Long invoiceId, String outcomeValue, String promisedDateValue, String notes,
            String actor) {
        FieldErrors errors = new FieldErrors();
        CallOutcome outcome = errors.oneOf(outcomeValue, CallOutcome.class, "callOutcome");
        LocalDate promisedDate = null;
        if (outcome == CallOutcome.PROMISED_TO_PAY) {
            promisedDate = errors.date(promisedDateValue, "promisedDate");
            LocalDate today = planner.today();
            if (promisedDate != null) {
                errors.check(!promisedDate.isBefore(today), "promisedDate", "must not be in the past");
                errors.check(!promisedDate.isAfter(today.plus(policy.calls().maxPromiseAhead())), "promisedDate",
                        "must be within " + policy.calls().maxPromiseAhead() + " of today (policy)");
            }
        }
        errors.maxLength(notes, InputLimits.CALL_NOTES, "callNotes");
        errors.check(outcome != CallOutcome.DISPUTED || (notes != null && !notes.isBlank()), "callNotes",
                "say what the customer disputes");
        errors.throwIfAny();

        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        CallRecord call = calls.save(new CallRecord(invoiceId, clock.instant(), invoice.getStage(), outcome,
                promisedDate, cleanNotes, actor));
        String summary = "Call (" + invoice.getStage() + "): " + describe(outcome, promisedDate)
                + (cleanNotes == null ? "" : ". Notes: " + cleanNotes);
        dossier.record(invoiceId, outcome == CallOutcome.PROMISED_TO_PAY ? EntryType.PROMISE
                : outcome == CallOutcome.DISPUTED ? EntryType.DISPUTE : EntryType.CALL, summary, actor);
        if (outcome == CallOutcome.DISPUTED) {
            invoice.moveTo(Stage.DISPUTE);
        }
        ZonedDateTime deadline = promisedDate == null ? null : planner.promiseDeadline(promisedDate);
        return new RecordedCall(call.getId(), outcome, deadline);
    }

    /** Whether another call attempt fits in the policy's attempts per 7 days, and when it should be made. */
    @Transactional(readOnly = true)
    public NextCall planNextCall(Long invoiceId) {
        long recent = calls.countByInvoiceIdAndOutcomeAndAtAfter(invoiceId, CallOutcome.NO_ANSWER,
                clock.instant().minus(Duration.ofDays(7)));
        boolean left = recent < policy.calls().maxAttemptsPerWeek();
        ZonedDateTime at = planner.nextContactMoment();
        dossier.record(invoiceId, EntryType.CALL, left
                ? "No answer (" + recent + " of " + policy.calls().maxAttemptsPerWeek()
                        + " attempts this week); next attempt " + at.toLocalDate()
                : "No answer after " + recent + " attempts this week; invoice resent by email and post",
                Dossier.SYSTEM);
        return new NextCall(left, at);
    }

    /** Confirms the latest promise in writing, as the policy asks for every promise. */
    public void confirmPromise(Long invoiceId) {
        CallRecord promise = calls.findFirstByInvoiceIdAndOutcomeOrderByAtDescIdDesc(invoiceId,
                CallOutcome.PROMISED_TO_PAY).orElseThrow(() -> new IllegalStateException(
                        "no promise recorded for invoice #" + invoiceId));
        letters.send(invoiceId, LetterType.PROMISE_CONFIRMATION,
                LetterType.PROMISE_CONFIRMATION.name() + ":" + promise.getId(),
                LetterDetails.deadline(promise.getPromisedDate()));
    }

    /** The promised date and its grace have passed with money still owed. */
    @Transactional
    public void recordBrokenPromise(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        LocalDate promised = calls.findFirstByInvoiceIdAndOutcomeOrderByAtDescIdDesc(invoiceId,
                CallOutcome.PROMISED_TO_PAY).map(CallRecord::getPromisedDate).orElse(null);
        dossier.record(invoiceId, EntryType.BROKEN_PROMISE, "Promise to pay by " + promised + " broken: "
                + invoice.balance() + " still owed", Dossier.SYSTEM);
    }

    private static String describe(CallOutcome outcome, LocalDate promisedDate) {
        return switch (outcome) {
            case PROMISED_TO_PAY -> "customer promised to pay by " + promisedDate;
            case PAYMENT_PLAN -> "customer asks for a payment plan";
            case DISPUTED -> "customer disputes the invoice";
            case NO_ANSWER -> "no answer";
            case REFUSED -> "customer refuses to pay";
        };
    }
}
