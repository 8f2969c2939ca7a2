package org.collections.hold;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.claim.ClaimService;
import org.collections.customer.Customer;
import org.collections.customer.CustomerNotFoundException;
import org.collections.customer.CustomerRepository;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.OutboxMessage;
import org.collections.letters.OutboxRepository;
import org.collections.letters.OutboxStatus;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;
import org.collections.text.Texts;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer-wide stop (insolvency, death, the customer's written request to stop contact): every contact with the
 * customer ends at once. Letters not sent yet are withdrawn, and each open case goes to a manager's Handle stopped
 * customer: from its ladder or hold (its call is withdrawn, so the customer's call task goes away), its route decision,
 * its payment plan (it leaves the plan, and the plan case ends with its last invoice as stopped, so no instalment
 * reminder or missed-instalment call follows), the legal route (the step not yet taken is not taken) or its dispute
 * (Resolve dispute is interrupted; resumed, the case goes back to it). Every invoice's dossier records it.
 */
@Service
public class StopService {

    private final CustomerStopRepository stops;
    private final CustomerRepository customers;
    private final InvoiceRepository invoices;
    private final OutboxRepository outbox;
    private final CaseControl cases;
    private final HoldService holds;
    private final Dossier dossier;
    private final Clock clock;
    private final ClaimService claims;
    private final LetterService letters;

    public StopService(CustomerStopRepository stops, CustomerRepository customers, InvoiceRepository invoices,
            OutboxRepository outbox, CaseControl cases, HoldService holds, Dossier dossier, Clock clock,
            ClaimService claims, LetterService letters) {
        this.claims = claims;
        this.letters = letters;
        this.stops = stops;
        this.customers = customers;
        this.invoices = invoices;
        this.outbox = outbox;
        this.cases = cases;
        this.holds = holds;
        this.dossier = dossier;
        this.clock = clock;
    }

    /**
     * Stops every contact with the customer.
     *
     * @return the invoices whose cases went to a manager
     * @throws org.collections.invoice.InvalidInputException naming each bad field; nothing is changed then
     */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public List<String> stop(String customerNumber, StopRequest request, Map<String, String> unreadable,
            String actor) {
        Customer customer = customer(customerNumber);
        FieldErrors errors = FieldErrors.of(unreadable);
        StopReason reason = errors.oneOf(request == null ? null : request.reason(), StopReason.class, "reason");
        String note = request == null || request.note() == null || request.note().isBlank() ? null
                : request.note().strip();
        errors.maxLength(note, CustomerStop.MAX_NOTE, "note");
        stops.findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(customer.getId()).ifPresent(s -> errors.reject(
                "customer", "is stopped already (" + s.getReason() + " since " + s.getStoppedAt() + ")"));
        errors.throwIfAny();
        List<Invoice> open = invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                InvoiceStatus.OPEN);
        // a case on its way to its next wait would miss the stop: all or nothing, a moment later
        Map<Invoice, CaseControl.Position> positions = cases.positionsOrRefuse(open, "stop the customer",
                position -> position == CaseControl.Position.BETWEEN_STEPS);

        Instant now = clock.instant();
        stops.save(new CustomerStop(customer.getId(), reason, note, now, actor));
        String why = "every contact with customer " + customerNumber + " stopped (" + reason + ") by " + actor
                + (note == null ? "" : ": " + note);
        for (OutboxMessage m : outbox.findByCustomerIdAndStatusInOrderByIdAsc(customer.getId(),
                EnumSet.of(OutboxStatus.PENDING, OutboxStatus.TO_POST))) {
            String withdrawn = OutboxMessage.WITHDRAWN_BY_STOP + why;
            // checked on the row: a sender claiming it at this moment and the stop never both win
            if (outbox.withdraw(m.getId(), withdrawn) == 1 && m.withdraw(withdrawn)) {
                String entry = "Letter " + m.getLetterType() + " (" + m.getChannel() + ") withdrawn, not sent: " + why;
                if (m.getInvoiceId() != null) {
                    dossier.record(m.getInvoiceId(), EntryType.LETTER, entry, actor);
                } else {
                    dossier.recordForAccount(customer.getId(), EntryType.LETTER, entry, actor);
                }
            }
        }
        List<String> toManager = new ArrayList<>();
        for (Invoice invoice : open) {
            CaseControl.Position position = positions.get(invoice);
            if (position == CaseControl.Position.STEP_FAILED) {
                holds.endByStop(invoice.getId(), actor);
                String dropped = cases.stopCustomerAtFailedStep(invoice.getNumber()).orElse("its step");
                dossier.record(invoice.getId(), EntryType.HOLD, "Stopped: " + why + "; the case was at a step that "
                        + "failed (" + dropped + "), which is not done now: the case goes to a manager", actor);
            } else if (position == CaseControl.Position.SUSPENDED || position == CaseControl.Position.ELSEWHERE
                    || position == CaseControl.Position.NONE) {
                dossier.record(invoice.getId(), EntryType.HOLD, "Stopped: " + why
                        + (position == CaseControl.Position.SUSPENDED
                                ? "; the case is suspended (Cockpit), which no message reaches: no letter goes out to "
                                        + "the customer, and a manager who activates it decides what it does next"
                                : "; the case is at " + invoice.getStage() + " and stays with the person handling it"),
                        actor);
                continue;
            } else {
                dossier.record(invoice.getId(), EntryType.HOLD, "Stopped: " + why
                        + (position == CaseControl.Position.DISPUTE
                                ? "; its dispute is not resolved: Resolve dispute is interrupted and the case goes to a "
                                        + "manager (resumed once the stop is lifted, it goes back to the dispute)"
                                : "; no further letters or calls, the case goes to a manager"), actor);
                holds.endByStop(invoice.getId(), actor);
                cases.stopCustomer(invoice.getNumber());
            }
            toManager.add(invoice.getNumber());
        }
        dossier.recordForAccount(customer.getId(), EntryType.HOLD, "Stopped: " + why, actor);
        forgetUndeliveredFourteenDayLetters(open, actor);
        return toManager;
    }

    /**
     * A 14-day letter a stop took back before it went out started no term (art. 6:96 lid 6 BW counts from its
     * receipt): no collection costs are owed on it, and the next late notice or final demand is the 14-day letter.
     */
    private void forgetUndeliveredFourteenDayLetters(List<Invoice> open, String actor) {
        for (Invoice invoice : open) {
            if (invoice.getFourteenDayDeadline() != null
                    && !letters.delivered(invoice.getId(), LetterDetails.FOURTEEN_DAY_STEPS)) {
                dossier.record(invoice.getId(), EntryType.FEE, "The 14-day letter (term to "
                        + invoice.getFourteenDayDeadline() + ") was withdrawn before it went out: its term does not "
                        + "run, and no collection costs are owed until a 14-day letter reaches the customer", actor);
                invoice.fourteenDayLetterWithdrawn();
                claims.update(invoice);
            }
        }
    }

    /**
     * An invoice registered while every contact with its customer is stopped: its dossier says so, and its case goes
     * to a manager like the others. Answers whether the customer is stopped.
     */
    @Transactional
    public boolean registeredWhileStopped(Long invoiceId, String customerNumber) {
        return customers.findByNumber(customerNumber)
                .flatMap(c -> stops.findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(c.getId()))
                .map(stop -> {
                    dossier.record(invoiceId, EntryType.HOLD, "Registered while every contact with customer "
                            + customerNumber + " is stopped (" + stop.getReason() + "): no letters or calls, the "
                            + "case goes to a manager", Dossier.SYSTEM);
                    return true;
                }).orElse(false);
    }

    /** A manager lifts the stop: cases a manager resumes collect again. */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public void lift(String customerNumber, String actor) {
        Customer customer = customer(customerNumber);
        CustomerStop stop = stops.findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(customer.getId())
                .orElseThrow(() -> InvalidInputException.of("customer", "is not stopped"));
        stop.lift(clock.instant(), actor);
        dossier.recordForAccount(customer.getId(), EntryType.HOLD, "Stop (" + stop.getReason() + ") lifted by "
                + actor, actor);
        List<Invoice> open = invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                InvoiceStatus.OPEN);
        // letters the stop took back go out when a resumed case reaches their step again
        Set<Long> released = letters.releaseStepsWithdrawnByStop(customer.getId());
        for (Invoice invoice : open) {
            dossier.record(invoice.getId(), EntryType.HOLD, "Stop (" + stop.getReason() + ") lifted by " + actor
                    + (released.contains(invoice.getId()) ? "; the letters it withdrew go out again once the case "
                            + "resumes at their stage" : ""), actor);
        }
        forgetUndeliveredFourteenDayLetters(open, actor);
    }

    /**
     * Validates and records what a manager decides for an invoice of a stopped customer; resuming needs the stop
     * lifted first. Answers with it whether the invoice's dispute is still open (the stop interrupted it): a resumed
     * case then goes back to its dispute.
     *
     * @throws org.collections.invoice.InvalidInputException naming the field
     */
    @Transactional
    public StoppedCaseDecision decide(Long invoiceId, String decisionValue, String notes, String actor) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        FieldErrors errors = new FieldErrors();
        StopDecision decision = errors.oneOf(decisionValue, StopDecision.class, "stopDecision");
        errors.maxLength(notes, InputLimits.STOP_NOTES, "stopNotes");
        // money given up is accounted for: the dossier and the auditor must see why
        errors.check(decision != StopDecision.WRITE_OFF || !Texts.saysNothing(notes), "stopNotes",
                "is required for a write-off: say why what is owed will not be collected");
        if (decision == StopDecision.RESUME) {
            stops.findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(invoice.getCustomer().getId())
                    .ifPresent(s -> errors.reject("stopDecision", "the customer is still stopped (" + s.getReason()
                            + "): lift the stop before collection resumes"));
        }
        errors.throwIfAny();
        boolean disputeOpen = invoice.getStage() == Stage.DISPUTE;
        dossier.record(invoiceId, EntryType.DECISION, "Stopped customer: " + decision
                + (notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip())
                + (disputeOpen && decision == StopDecision.RESUME
                        ? "; the dispute raised before the stop goes back to Resolve dispute first" : ""), actor);
        return new StoppedCaseDecision(decision, disputeOpen);
    }

    /** A manager wrote off an invoice of a stopped customer: what is still owed will not be collected. */
    @Transactional
    public void writeOff(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        if (!invoice.isOpen()) {
            return;
        }
        claims.update(invoice);
        String owed = invoice.balance().toString();
        invoice.close(InvoiceStatus.WRITTEN_OFF, clock.instant());
        dossier.record(invoiceId, EntryType.OUTCOME, "Written off: " + owed + " will not be collected (customer "
                + "stopped)", Dossier.SYSTEM);
    }

    private Customer customer(String number) {
        return customers.findByNumber(number).orElseThrow(() -> new CustomerNotFoundException(number));
    }
}
