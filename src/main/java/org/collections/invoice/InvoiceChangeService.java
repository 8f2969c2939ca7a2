package org.collections.invoice;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the invoicing system changes on an invoice besides crediting it: it cancels the invoice, or moves its due
 * date. Both are recorded in the dossier and told to the case, which ends or re-plans. A concurrent change of the
 * invoice (a payment, a step of its case) retries the whole change, which then sees the other one.
 */
@Service
public class InvoiceChangeService {

    /** One cancellation per invoice, so one notice: a retried step finds it. */
    private static final String CANCELLATION_NOTICE = LetterType.INVOICE_CANCELLED.name();

    private final InvoiceRepository invoices;
    private final InvoiceCancellationRepository cancellations;
    private final LetterService letters;
    private final Dossier dossier;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;
    private final ClaimService claims;
    private final CustomerCredit credit;

    public InvoiceChangeService(InvoiceRepository invoices, InvoiceCancellationRepository cancellations,
            LetterService letters, Dossier dossier, ApplicationEventPublisher events, Clock clock,
            Validator validator, ClaimService claims, CustomerCredit credit) {
        this.claims = claims;
        this.credit = credit;
        this.invoices = invoices;
        this.cancellations = cancellations;
        this.letters = letters;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Cancels an open invoice; the case ends as cancelled. Cancelling a cancelled invoice answers the cancellation
     * again and changes nothing; an invoice closed otherwise (paid, written off, ...) cannot be cancelled.
     */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public CancellationView cancel(String invoiceNumber, CancellationRequest request, Map<String, String> unreadable,
            String actor) {
        FieldErrors.validate(validator, request, unreadable).throwIfAny();
        Invoice invoice = invoice(invoiceNumber);
        if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
            return CancellationView.of(invoice, cancellations.findByInvoiceId(invoice.getId()).orElse(null));
        }
        if (!invoice.isOpen()) {
            throw InvoiceConflictException.closed(invoice);
        }
        String reason = request.reason().strip();
        closeCancelled(invoice, "Invoice cancelled in the invoicing system: " + reason, actor);
        InvoiceCancellation cancellation = cancellations.saveAndFlush(
                new InvoiceCancellation(invoice.getId(), reason, clock.instant(), actor));
        events.publishEvent(new InvoiceEvents.InvoiceCancelled(invoice.getId(), invoice.getNumber()));
        return CancellationView.of(invoice, cancellation);
    }

    /**
     * Closes an open invoice as cancelled: nothing is owed for it. What the customer paid on it leaves the invoice for
     * the customer's account, as credit for the next invoice or a refund that a manager decides on (so the money is
     * counted once, on the account); all the invoice claimed (principal, fees, interest, costs) is credited. Takes the
     * account's lock before the invoice changes, as a payment does. Runs in the caller's transaction; {@code what}
     * opens the dossier's line.
     */
    @Transactional
    public void closeCancelled(Invoice invoice, String what, String actor) {
        credit.lockAccount(invoice);
        Money paid = invoice.returnPayments(claims.today());
        claims.update(invoice);
        Money claimed = invoice.balance();
        if (claimed.isPositive()) {
            invoice.credit(claimed, claims.today());
        }
        invoice.close(InvoiceStatus.CANCELLED, clock.instant());
        invoices.saveAndFlush(invoice);
        dossier.record(invoice.getId(), EntryType.OUTCOME, what + "; nothing is owed for it"
                + (paid.isPositive() ? ": the " + paid + " paid on it goes to the customer's account as credit" : ""),
                actor);
        events.publishEvent(new InvoiceEvents.InvoiceVoided(invoice.getId()));
        events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
        if (paid.isPositive()) {
            credit.keep(invoice, paid, "paid on invoice " + invoice.getNumber() + ", which was cancelled", actor);
        }
    }

    /**
     * Tells the customer that the invoice is cancelled and nothing is owed for it, and where what was paid on it went;
     * safe to repeat.
     */
    @Transactional
    public void sendCancellationNotice(Long invoiceId) {
        Money moved = invoices.findById(invoiceId).orElseThrow().returnedPayments();
        letters.send(invoiceId, LetterType.INVOICE_CANCELLED, CANCELLATION_NOTICE, moved.isPositive()
                ? LetterDetails.none().withNote("invoice-cancelled.note.credit", moved) : LetterDetails.none());
    }

    /**
     * Moves the due date of an open invoice; the case re-plans its stages from it where it is still on the dunning
     * ladder. The same date again changes nothing. Answers whether the date changed.
     */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public boolean changeDueDate(String invoiceNumber, DueDateRequest request, Map<String, String> unreadable,
            String actor) {
        FieldErrors errors = FieldErrors.validate(validator, request, unreadable).checkDate(request.dueDate(), "dueDate");
        errors.throwIfAny();
        Invoice invoice = invoice(invoiceNumber);
        if (!invoice.isOpen()) {
            throw InvoiceConflictException.closed(invoice);
        }
        LocalDate dueDate = request.dueDate();
        errors.check(!dueDate.isBefore(invoice.getIssueDate()), "dueDate",
                "must not be before the issue date " + invoice.getIssueDate()).throwIfAny();
        LocalDate before = invoice.getDueDate();
        if (dueDate.equals(before)) {
            return false;
        }
        invoice.changeDueDate(dueDate);
        dossier.record(invoice.getId(), EntryType.SCHEDULE, "Due date moved from " + before + " to " + dueDate
                + " in the invoicing system; the letters sent so far stand, and late fees, interest and costs count "
                + "from the new due date", actor);
        // booked at once, so that lists and totals show what the invoice's page shows
        claims.update(invoice);
        invoices.saveAndFlush(invoice);
        events.publishEvent(new InvoiceEvents.DueDateChanged(invoice.getId(), invoice.getNumber()));
        // the days overdue on the customer's task cards follow the due date
        events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
        return true;
    }

    private Invoice invoice(String number) {
        return invoices.findByNumber(number).orElseThrow(() -> new InvoiceNotFoundException(number));
    }
}
