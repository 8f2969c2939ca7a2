package org.collections.invoice;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.collections.claim.Claim;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.policy.SchedulePlanner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes: from the invoicing system (idempotent by reference per invoice) and from a dispute an agent resolved.
 * The one place an invoice is credited, so both lower the balance, write the dossier and close a settled invoice
 * as CREDITED alike.
 */
@Service
public class CreditNoteService {

    private final CreditNoteRepository notes;
    private final InvoiceRepository invoices;
    private final Dossier dossier;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;
    private final ClaimService claims;
    private final SchedulePlanner planner;

    public CreditNoteService(CreditNoteRepository notes, InvoiceRepository invoices, Dossier dossier,
            ApplicationEventPublisher events, Clock clock, Validator validator, ClaimService claims,
            SchedulePlanner planner) {
        this.claims = claims;
        this.planner = planner;
        this.notes = notes;
        this.invoices = invoices;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /** A credit note and whether it is the repeat of one booked before. */
    public record Outcome(CreditNote note, boolean repeated) {
    }

    /**
     * Books a credit note of the invoicing system. A repeat (same reference, same amount) answers the first booking
     * and books nothing; the same reference with another amount is a conflict. A credit note that leaves nothing to
     * pay ends the case as credited. A concurrent change of the invoice (a payment, a step of its case, the same
     * note sent twice at once) retries the whole booking, which then sees the other one.
     */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public Outcome record(String invoiceNumber, CreditNoteRequest request, Map<String, String> unreadable,
            String actor) {
        FieldErrors.validate(validator, request, unreadable).throwIfAny();
        Invoice invoice = invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new InvoiceNotFoundException(invoiceNumber));
        Optional<CreditNote> known = notes.findByInvoiceIdAndReference(invoice.getId(), request.reference());
        if (known.isPresent()) {
            return repeat(known.get(), request, invoice);
        }
        if (!invoice.isOpen()) {
            throw InvoiceConflictException.closed(invoice);
        }
        claims.update(invoice);
        FieldErrors errors = new FieldErrors().checkScale(request.amount(), invoice.currency(), "amount");
        errors.check(errors.has("amount") || request.amount().compareTo(invoice.balance().amount()) <= 0, "amount",
                "must not exceed the balance of " + invoice.balance()).throwIfAny();
        Money amount = new Money(request.amount(), invoice.currency());
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        boolean settled = credit(invoice, amount, "Credit note " + request.reference() + " over " + amount
                + (reason == null ? "" : " (" + reason + ")"), actor);
        CreditNote note = notes.saveAndFlush(new CreditNote(invoice, request.reference(), amount, reason,
                clock.instant(), actor));
        if (settled) {
            events.publishEvent(new InvoiceEvents.InvoiceCredited(invoice.getId(), invoice.getNumber()));
        }
        return new Outcome(note, false);
    }

    /**
     * Credits an open invoice, records it ({@code what}, then the balance left) and closes the invoice as CREDITED
     * when nothing is left to pay; answers whether it did. A credit note that takes the whole principal away takes
     * the late fees, interest and costs on it along: nothing is claimed on an invoice that is not owed. Runs in the
     * caller's transaction, which has checked the amount against the balance.
     */
    @Transactional
    public boolean credit(Invoice invoice, Money amount, String what, String actor) {
        invoice.credit(amount, planner.today());
        Claim claim = claims.update(invoice);
        if (!claim.principalOwed().isPositive() && invoice.balance().isPositive()) {
            Money additions = invoice.balance();
            invoice.credit(additions, planner.today());
            claims.update(invoice);
            what += "; the invoice is credited in full, so its fees, interest and costs of " + additions
                    + " are waived";
        }
        dossier.record(invoice.getId(), EntryType.CREDIT_NOTE, what + "; balance now " + invoice.balance(), actor);
        boolean settled = !invoice.balance().isPositive();
        if (settled) {
            invoice.close(InvoiceStatus.CREDITED, clock.instant());
        }
        invoices.saveAndFlush(invoice);
        if (!settled) {
            events.publishEvent(new InvoiceEvents.InvoicePartlyCredited(invoice.getId(), invoice.getNumber()));
        }
        events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
        return settled;
    }

    private static Outcome repeat(CreditNote known, CreditNoteRequest request, Invoice invoice) {
        if (known.amount().amount().compareTo(request.amount()) != 0) {
            throw new InvoiceConflictException("credit note " + known.getReference() + " of invoice "
                    + invoice.getNumber() + " was booked over " + known.amount() + ", not "
                    + request.amount().toPlainString() + "; a different credit note needs a reference of its own",
                    "reference", "already used for a credit note over " + known.amount());
        }
        return new Outcome(known, true);
    }
}
