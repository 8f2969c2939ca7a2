package org.collections.dispute;

import java.math.BigDecimal;
import java.util.Map;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.DossierEntry;
import org.collections.dossier.EntryType;
import org.collections.hold.CaseControl;
import org.collections.hold.HoldService;
import org.collections.invoice.InvoiceNotFoundException;
import org.collections.policy.Stage;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceChangeService;
import org.collections.invoice.CreditNoteService;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.text.InputLimits;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaints about the work: collection holds while they are resolved, then resumes, credits or cancels. */
@Service
public class DisputeService {

    private final InvoiceRepository invoices;
    private final LetterService letters;
    private final Dossier dossier;
    private final CreditNoteService creditNotes;
    private final InvoiceChangeService changes;
    private final ClaimService claims;
    private final CaseControl cases;
    private final HoldService holds;

    public DisputeService(InvoiceRepository invoices, LetterService letters, Dossier dossier,
            CreditNoteService creditNotes, InvoiceChangeService changes, ClaimService claims, CaseControl cases,
            HoldService holds) {
        this.cases = cases;
        this.holds = holds;
        this.changes = changes;
        this.claims = claims;
        this.invoices = invoices;
        this.letters = letters;
        this.dossier = dossier;
        this.creditNotes = creditNotes;
    }

    /**
     * An agent or manager raises a dispute outside a call (the API, Tasklist's "Raise a dispute"): the case leaves its
     * ladder (or its promise or hold) for Resolve dispute at once, so no letter, call or fee of the ladder goes out
     * until it is resolved. At the route decision or on the legal route the dispute interrupts the manager's decision
     * (and any legal step not yet taken, with its timers and letters): the dispute is resolved first, then the case
     * comes back to a route decision (re-planned from its age) or to a fresh assessment of the legal route. In a payment
     * plan (negotiated or agreed) the invoice leaves the plan at once, so no instalment reminder or missed-instalment
     * call concerns it any more: the plan goes on for the customer's other invoices in it with its open instalments
     * recomputed on what they owe, or ends when none is left (see
     * {@link org.collections.plan.PaymentPlanService#leave}); resolved, the case is planned again from the invoice's
     * age. A dispute on a closed or already disputed invoice is refused with the reason.
     *
     * @throws org.collections.invoice.InvalidInputException naming the field and the reason; nothing is changed then
     */
    @Transactional
    @Retryable(retryFor = ConcurrencyFailureException.class, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public void raise(String invoiceNumber, String reason, Map<String, String> unreadable, String actor) {
        Invoice invoice = invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new InvoiceNotFoundException(invoiceNumber));
        FieldErrors errors = FieldErrors.of(unreadable);
        String text = reason == null ? "" : reason.strip();
        errors.check(!text.isEmpty(), "reason", "is required: say what the customer disputes");
        errors.maxLength(text, InputLimits.DISPUTE_NOTES, "reason");
        CaseControl.Position position = invoice.isOpen() ? cases.position(invoiceNumber) : CaseControl.Position.NONE;
        if (!invoice.isOpen()) {
            errors.reject("invoice", "is closed (" + invoice.getStatus() + "): there is nothing to dispute");
        } else if (CaseControl.moving(position)) {
            // refused below, once the fields are checked: a resolved dispute's case keeps its stage until it is planned
            // again, after the outcome letter's step
        } else if (invoice.getStage() == Stage.DISPUTE || position == CaseControl.Position.DISPUTE) {
            errors.reject("invoice", "is disputed already: resolve that dispute (task Resolve dispute) first");
        } else {
            switch (position) {
                case LADDER, ON_HOLD, ROUTE_DECISION, LEGAL_ROUTE, PAYMENT_PLAN, DISPUTE, BETWEEN_STEPS,
                        STEP_FAILED, SUSPENDED -> {
                }
                case ELSEWHERE -> errors.reject("invoice", "its case waits for a person (stage "
                        + invoice.getStage() + "), who deals with a complaint");
                case NONE -> errors.reject("invoice", "has no running case");
            }
        }
        errors.throwIfAny();
        CaseControl.refuseWhileMoving(position, invoiceNumber, "invoice", "raise the dispute");
        String interrupted = switch (position) {
            case ROUTE_DECISION -> "; the route decision waits until it is resolved";
            case PAYMENT_PLAN -> "; the invoice leaves its payment plan at once (no instalment reminder or call "
                    + "concerns it any more), and once the dispute is resolved it is dunned again from its age";
            case LEGAL_ROUTE -> "; the legal route stops until it is resolved (a lawyer, agency, factor or court "
                    + "holding the claim must be told), then the legal options are assessed again";
            default -> "";
        };
        dossier.record(invoice.getId(), EntryType.DISPUTE, "Dispute raised by " + actor + ": " + text + interrupted,
                actor);
        invoice.moveTo(Stage.DISPUTE);
        holds.endByDispute(invoice.getId(), actor);
        cases.raiseDispute(invoiceNumber);
    }

    /**
     * Validates what the agent decided and records it.
     *
     * @param creditAmount the form's number (integer or decimal) or text
     */
    @Transactional
    public DisputeDecision resolve(Long invoiceId, String resolutionValue, Object creditAmount, String notes,
            String actor) {
        Invoice invoice = invoice(invoiceId);
        claims.update(invoice);
        FieldErrors errors = new FieldErrors();
        DisputeResolution resolution = errors.oneOf(resolutionValue, DisputeResolution.class, "disputeResolution");
        Money credit = null;
        if (resolution == DisputeResolution.CREDIT_NOTE) {
            BigDecimal amount = errors.amount(creditAmount, "creditAmount");
            errors.checkScale(amount, invoice.currency(), "creditAmount");
            if (amount != null && !errors.has("creditAmount")) {
                errors.check(amount.signum() > 0, "creditAmount", "must be greater than 0");
                errors.check(amount.compareTo(invoice.balance().amount()) <= 0, "creditAmount",
                        "must not exceed the balance of " + invoice.balance());
                credit = new Money(amount, invoice.currency());
            }
        }
        errors.maxLength(notes, InputLimits.DISPUTE_NOTES, "disputeNotes");
        errors.throwIfAny();
        DossierEntry entry = dossier.record(invoiceId, EntryType.DISPUTE, "Dispute resolved: " + describe(resolution,
                credit) + (notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip()), actor);
        return new DisputeDecision(entry.getId(), resolution, credit);
    }

    /** Books the credit note; answers whether it settles the invoice. */
    @Transactional
    public boolean applyCreditNote(Long invoiceId, BigDecimal amount) {
        Invoice invoice = invoice(invoiceId);
        Money credit = new Money(amount, invoice.currency());
        return creditNotes.credit(invoice, credit, "Credit note over " + credit, Dossier.SYSTEM);
    }

    /** Tells the customer how the dispute ended before collection resumes. */
    public void sendOutcome(Long invoiceId, long disputeId, DisputeResolution resolution, BigDecimal creditAmount) {
        Money credit = creditAmount == null ? null : new Money(creditAmount, invoice(invoiceId).currency());
        // the note is written in the customer's language by the letter, not here
        LetterDetails details = new LetterDetails(null, credit, null).withNote(
                resolution == DisputeResolution.CREDIT_NOTE ? "dispute-resolved.note.credit-note"
                        : "dispute-resolved.note.upheld", credit);
        letters.send(invoiceId, LetterType.DISPUTE_RESOLVED, LetterType.DISPUTE_RESOLVED.name() + ":" + disputeId,
                details);
    }

    @Transactional
    public void cancel(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        if (invoice.isOpen()) {
            changes.closeCancelled(invoice, "Invoice cancelled after dispute", Dossier.SYSTEM);
        }
        changes.sendCancellationNotice(invoiceId);
    }

    private static String describe(DisputeResolution resolution, Money credit) {
        return switch (resolution) {
            case UPHELD -> "invoice upheld";
            case CREDIT_NOTE -> "credit note over " + credit;
            case CANCEL_INVOICE -> "invoice cancelled";
        };
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow();
    }
}
