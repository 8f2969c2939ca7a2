package org.collections.legal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.customer.Customer;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Money;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;
import org.collections.text.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The legal route: weigh the options, record the manager's decision, carry out the action, book its outcome. */
@Service
public class LegalService {

    /** How a case leaves the legal route; the parent process ends on the matching end event. */
    public enum Outcome {
        RECOVERED,
        WRITTEN_OFF,
        SOLD
    }

    private final InvoiceRepository invoices;
    private final LegalActionRepository actions;
    private final LegalOptions options;
    private final CollectionPolicy policy;
    private final SchedulePlanner planner;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;

    public LegalService(InvoiceRepository invoices, LegalActionRepository actions, LegalOptions options,
            CollectionPolicy policy, SchedulePlanner planner, LetterService letters, Dossier dossier, Clock clock) {
        this.invoices = invoices;
        this.actions = actions;
        this.options = options;
        this.policy = policy;
        this.planner = planner;
        this.letters = letters;
        this.dossier = dossier;
        this.clock = clock;
    }

    @Transactional
    public LegalAssessment assess(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        invoice.moveTo(Stage.LEGAL);
        Money balance = invoice.balance();
        List<LegalOption> all = options.options(balance, invoice.getCustomer().getType());
        Money best = options.bestNetRecovery(all, Money.zero(invoice.currency()));
        boolean costsExceed = !best.greaterThan(new Money(policy.writeOffThreshold(), invoice.currency()));
        boolean small = !balance.greaterThan(new Money(policy.legal().smallClaimsLimit(), invoice.currency()));
        boolean pastAgencyAge = planner.daysOverdue(invoice.getDueDate()) > policy.legal().agencyMinDaysLate();
        String summary = all.stream()
                .map(o -> o.action() + ": " + (o.available() ? "net " + o.expectedNetRecovery() + ", cost " + o.cost()
                        : "not available") + " (" + o.why() + ")")
                .collect(Collectors.joining("\n"));
        dossier.record(invoiceId, EntryType.LEGAL, "Legal options assessed for a claim of " + balance + ":\n" + summary,
                Dossier.SYSTEM);
        // the options become a process variable, shown to the manager who approves
        return new LegalAssessment(costsExceed, small, pastAgencyAge, invoice.getCustomer().getType().name(),
                Texts.fit(summary, Texts.MAX_VARIABLE), agencyAllowedAt(invoice));
    }

    /**
     * Validates and records the manager's decision.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public LegalApproval approve(Long invoiceId, String actionValue, Object approvedValue, String recommendedValue,
            String notes, String actor) {
        FieldErrors errors = new FieldErrors();
        LegalActionType action = errors.oneOf(actionValue, LegalActionType.class, "legalAction");
        errors.check(approvedValue instanceof Boolean, "approved", "must be true or false");
        errors.maxLength(notes, InputLimits.APPROVAL_NOTES, "approvalNotes");
        errors.throwIfAny();
        Invoice invoice = invoice(invoiceId);
        LegalActionType recommended = LegalActionType.valueOf(recommendedValue);
        String note = notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip();
        if (!(Boolean) approvedValue) {
            ZonedDateTime reassessAt = planner.atContactHour(planner.today().plus(policy.legal().reassessAfter()));
            dossier.record(invoiceId, EntryType.DECISION, "Legal action " + action + " not approved; options reassessed on "
                    + reassessAt.toLocalDate() + note, actor);
            return new LegalApproval(false, action, reassessAt);
        }
        Money cost = options.options(invoice.balance(), invoice.getCustomer().getType()).stream()
                .filter(o -> o.action() == action).findFirst().orElseThrow().cost();
        actions.save(new LegalAction(invoiceId, action, recommended, actor, invoice.balance().amount(), cost.amount(),
                clock.instant()));
        dossier.record(invoiceId, EntryType.DECISION, "Legal action approved: " + action
                + (action == recommended ? " (as recommended)" : " (overrides the recommendation " + recommended + ")")
                + note, actor);
        return new LegalApproval(true, action, null);
    }

    /** When an agency may take the claim: only once the invoice is more than the policy's days late. */
    public ZonedDateTime agencyAllowedAt(Invoice invoice) {
        return planner.atContactHour(invoice.getDueDate().plusDays(policy.legal().agencyMinDaysLate() + 1L));
    }

    @Transactional
    public void writeOff(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        Money balance = invoice.balance();
        invoice.close(InvoiceStatus.WRITTEN_OFF, clock.instant());
        current(invoiceId).close(BigDecimal.ZERO, clock.instant());
        dossier.record(invoiceId, EntryType.OUTCOME, "Written off: " + balance + " will not be collected",
                Dossier.SYSTEM);
    }

    public void instructLawyer(Long invoiceId) {
        handOver(invoiceId, LetterType.LAWYER_INSTRUCTION, null);
    }

    public void startCourtCase(Long invoiceId) {
        handOver(invoiceId, LetterType.COURT_INSTRUCTION, null);
    }

    public void fileSmallClaim(Long invoiceId) {
        handOver(invoiceId, LetterType.SMALL_CLAIM, null);
    }

    public void sellToFactor(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        handOver(invoiceId, LetterType.FACTORING_OFFER,
                invoice.balance().percent(policy.legal().factoringAdvancePercent()));
    }

    public void handOverToAgency(Long invoiceId) {
        handOver(invoiceId, LetterType.AGENCY_HANDOVER, null);
    }

    /**
     * Before an agency takes the claim, the customer may settle it for what the agency would recover: the balance
     * less the agency's fee. Answers when the offer expires.
     */
    @Transactional
    public ZonedDateTime offerAgencyDiscount(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        Money discount = invoice.balance().percent(policy.legal().agencyFeePercent());
        LocalDate until = planner.today().plus(policy.legal().discountOfferValidity());
        invoice.offerDiscount(discount, until);
        dossier.record(invoiceId, EntryType.LEGAL, "Settlement offered before agency hand-over: pay "
                + invoice.balance().minus(discount) + " by " + until + " (discount " + discount + ")", Dossier.SYSTEM);
        letters.send(invoiceId, LetterType.AGENCY_DISCOUNT_OFFER,
                LetterType.AGENCY_DISCOUNT_OFFER.name() + ":" + current(invoiceId).getId(),
                new LetterDetails(until, invoice.balance().minus(discount), null));
        return planner.atContactHour(until.plusDays(1));
    }

    /**
     * Validates and records what the legal action brought in, as the manager reports it.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public BigDecimal recordOutcome(Long invoiceId, Object recoveredValue, String notes, String actor) {
        Invoice invoice = invoice(invoiceId);
        FieldErrors errors = new FieldErrors();
        BigDecimal recovered = errors.amount(recoveredValue, "recoveredAmount");
        errors.checkScale(recovered, invoice.currency(), "recoveredAmount");
        if (recovered != null && !errors.has("recoveredAmount")) {
            errors.check(recovered.signum() >= 0, "recoveredAmount", "must not be negative");
            errors.check(recovered.compareTo(invoice.balance().amount()) <= 0, "recoveredAmount",
                    "must not exceed the balance of " + invoice.balance());
        }
        errors.maxLength(notes, InputLimits.LEGAL_OUTCOME_NOTES, "legalOutcomeNotes");
        errors.throwIfAny();
        dossier.record(invoiceId, EntryType.OUTCOME, current(invoiceId).getAction() + " brought in "
                + new Money(recovered, invoice.currency())
                + (notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip()), actor);
        return recovered;
    }

    /** Books what was recovered, writes off the rest and closes the case with its business outcome. */
    @Transactional
    public Outcome close(Long invoiceId, BigDecimal recoveredAmount) {
        Invoice invoice = invoice(invoiceId);
        LegalAction action = current(invoiceId);
        Money recovered = new Money(recoveredAmount, invoice.currency());
        invoice.recordRecovery(recovered, planner.today());
        Money rest = invoice.balance();
        Outcome outcome = action.getAction() == LegalActionType.FACTORING ? Outcome.SOLD
                : recovered.isPositive() ? Outcome.RECOVERED : Outcome.WRITTEN_OFF;
        invoice.close(InvoiceStatus.valueOf(outcome.name()), clock.instant());
        action.close(recovered.amount(), clock.instant());
        dossier.record(invoiceId, EntryType.OUTCOME, "Recovered " + recovered
                + (rest.isPositive() ? ", " + rest + " written off" : "") + "; case closed as " + outcome, Dossier.SYSTEM);
        return outcome;
    }

    private void handOver(Long invoiceId, LetterType type, Money amount) {
        Invoice invoice = invoice(invoiceId);
        Customer c = invoice.getCustomer();
        String debtor = c.getName() + " (" + c.getType().name().toLowerCase() + "), " + c.getAddress().replace('\n', ' ')
                + ", " + c.getCountry() + "; " + c.getEmail() + ", " + c.getPhone()
                + ". The case file has " + dossier.of(invoiceId).size() + " entries.";
        letters.send(invoiceId, type, type.name() + ":" + current(invoiceId).getId(),
                new LetterDetails(null, amount, debtor));
    }

    private LegalAction current(Long invoiceId) {
        return actions.findFirstByInvoiceIdAndStatusOrderByIdDesc(invoiceId, LegalAction.Status.APPROVED)
                .orElseThrow(() -> new IllegalStateException("no approved legal action for invoice #" + invoiceId));
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow();
    }
}
