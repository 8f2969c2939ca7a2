package org.collections.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Promises made in calls: confirmed in writing, and recorded when broken. (The calls themselves: contact/.) */
@Service
public class CallService {

    private final CallRecordRepository calls;
    private final InvoiceRepository invoices;
    private final LetterService letters;
    private final Dossier dossier;

    public CallService(CallRecordRepository calls, InvoiceRepository invoices, LetterService letters,
            Dossier dossier) {
        this.calls = calls;
        this.invoices = invoices;
        this.letters = letters;
        this.dossier = dossier;
    }

    /**
     * Confirms in writing the promise made in one call: one letter listing every invoice it covers. Safe to repeat:
     * the letter is keyed by the call.
     */
    public void confirmPromise(long customerCallId) {
        List<CallRecord> promised = calls.findByCustomerCallIdAndOutcome(customerCallId, CallOutcome.PROMISED_TO_PAY);
        if (promised.isEmpty()) {
            throw new IllegalStateException("no promise recorded in call #" + customerCallId);
        }
        letters.send(promised.stream().map(CallRecord::getInvoiceId).toList(), LetterType.PROMISE_CONFIRMATION,
                LetterType.PROMISE_CONFIRMATION.name() + ":call-" + customerCallId,
                LetterDetails.deadline(promised.get(0).getPromisedDate()));
    }

    /** The promised date and its grace have passed with money still owed. */
    @Transactional
    /** The date of the invoice's latest promise to pay, if a call gave one. */
    public Optional<LocalDate> latestPromisedDate(Long invoiceId) {
        return calls.findFirstByInvoiceIdAndOutcomeOrderByAtDescIdDesc(invoiceId, CallOutcome.PROMISED_TO_PAY)
                .map(CallRecord::getPromisedDate);
    }

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
