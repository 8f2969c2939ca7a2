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

/** Promises made in calls: confirmed in writing, and recorded when broken. (The calls themselves: contact/.) */
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

    public static String describe(CallOutcome outcome, LocalDate promisedDate) {
        return switch (outcome) {
            case PROMISED_TO_PAY -> "customer promised to pay by " + promisedDate;
            case PAYMENT_PLAN -> "customer asks for a payment plan";
            case DISPUTED -> "customer disputes the invoice";
            case NO_ANSWER -> "no answer";
            case REFUSED -> "customer refuses to pay";
            case NOTHING_AGREED -> "customer reached; nothing agreed on this invoice";
            case UNREACHABLE -> "customer not reachable this week";
        };
    }
}
