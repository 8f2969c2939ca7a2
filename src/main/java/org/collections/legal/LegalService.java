package org.collections.legal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.claim.ClaimService;
import org.collections.customer.Customer;
import org.collections.customer.CustomerType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceConflictException;
import org.collections.invoice.InvoiceNotFoundException;
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
        SOLD,
        /** the action is over and part of the claim is still owed: the manager decides what comes next */
        STILL_OWED
    }

    private final InvoiceRepository invoices;
    private final LegalActionRepository actions;
    private final LegalOptions options;
    private final CollectionPolicy policy;
    private final SchedulePlanner planner;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;
    private final ClaimService claims;

    public LegalService(InvoiceRepository invoices, LegalActionRepository actions, LegalOptions options,
            CollectionPolicy policy, SchedulePlanner planner, LetterService letters, Dossier dossier, Clock clock,
            ClaimService claims) {
        this.claims = claims;
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
        claims.stageReached(invoice, Stage.LEGAL);
        LegalRanking ranking = ranking(invoice);
        String table = table(ranking);
        dossier.record(invoiceId, EntryType.LEGAL, "Legal options assessed for a claim of " + invoice.balance()
                + "; best expected net: " + ranking.best() + ":\n" + table, Dossier.SYSTEM);
        // the table becomes a process variable, shown to the manager who approves
        return new LegalAssessment(ranking.collectionCostsExceedRecovery(), ranking.best().name(),
                ranking.withinSmallClaimsLimit(), ranking.pastAgencyMinimumAge(), invoice.getCustomer().getType().name(),
                Texts.fit(table, Texts.MAX_VARIABLE), agencyAllowedAt(invoice));
    }

    /**
     * The options of an invoice's claim as of now, for the API. Not read-only: evaluating the rules writes the
     * engine's history of decision evaluations.
     */
    @Transactional
    public LegalOptionsView options(String invoiceNumber) {
        Invoice invoice = invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new InvoiceNotFoundException(invoiceNumber));
        if (!invoice.isOpen()) {
            // a paid, credited, cancelled or written-off invoice has no claim left to act on
            throw new InvoiceConflictException("invoice " + invoice.getNumber() + " is closed as "
                    + invoice.getStatus() + ": nothing is claimed on it, so no legal action is open for it");
        }
        return LegalOptionsView.of(invoice.getNumber(), ranking(invoice), invoice.currency(),
                claims.balance(invoice).amount());
    }

    private LegalRanking ranking(Invoice invoice) {
        Customer customer = invoice.getCustomer();
        return options.rank(new LegalClaim(claims.balance(invoice), planner.daysOverdue(invoice.getDueDate()),
                customer.getType(), customer.getCountry(), tried(invoice.getId())));
    }

    /** Actions closed without settling the claim; a case that is still on the legal route has only those. */
    private Set<LegalActionType> tried(Long invoiceId) {
        Set<LegalActionType> tried = EnumSet.noneOf(LegalActionType.class);
        actions.findByInvoiceIdAndStatus(invoiceId, LegalAction.Status.CLOSED).forEach(a -> tried.add(a.getAction()));
        return tried;
    }

    /** The options as a Markdown table, the way the approval form and the dossier show them. */
    private static String table(LegalRanking ranking) {
        return "| Action | Available | Cost | Success | Expected net | Why |\n|---|---|---|---|---|---|\n"
                + ranking.options().stream().map(o -> "| " + o.action().label()
                        + (o.action() == ranking.recommended() ? " (recommended)" : "") + " | "
                        + (o.available() ? "yes" : "no") + " | " + o.cost() + " | "
                        + (o.successRate() == null ? "" : o.successRate().stripTrailingZeros().toPlainString() + "%")
                        + " | " + o.expectedNet() + " | " + o.reason().replace('|', '/').replace('\n', ' ') + " |")
                        .collect(Collectors.joining("\n"));
    }

    /**
     * Validates and records the manager's decision: only an action the rules allow for this claim, and writing off
     * only with a reason.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public LegalApproval approve(Long invoiceId, String actionValue, Object approvedValue, String recommendedValue,
            String notes, String writeOffReason, String actor) {
        FieldErrors errors = new FieldErrors();
        LegalActionType action = errors.oneOf(actionValue, LegalActionType.class, "legalAction");
        errors.check(approvedValue instanceof Boolean, "approved", "must be true or false");
        errors.maxLength(notes, InputLimits.APPROVAL_NOTES, "approvalNotes");
        errors.maxLength(writeOffReason, InputLimits.WRITE_OFF_REASON, "writeOffReason");
        errors.throwIfAny();
        Invoice invoice = invoice(invoiceId);
        claims.update(invoice);
        LegalActionType recommended = LegalActionType.valueOf(recommendedValue);
        String note = notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip();
        if (!(Boolean) approvedValue) {
            // a working day of the customer's country, where its courts, lawyers and agencies are at work
            ZonedDateTime reassessAt = planner.contactMomentFrom(planner.today().plus(policy.legal().reassessAfter()),
                    invoice.getCustomer().hours(planner.zone()));
            dossier.record(invoiceId, EntryType.DECISION, "Legal action " + action + " not approved; options reassessed on "
                    + reassessAt.toLocalDate() + note, actor);
            return new LegalApproval(false, action, reassessAt);
        }
        LegalOption option = ranking(invoice).option(action);
        errors.check(option.available(), "legalAction", "must be an action this claim allows: " + action.label()
                + " is not (" + option.reason() + ")");
        boolean writeOff = action == LegalActionType.WRITE_OFF;
        errors.check(!writeOff || !Texts.saysNothing(writeOffReason), "writeOffReason",
                "is required to write off a claim");
        errors.throwIfAny();
        actions.save(new LegalAction(invoiceId, action, recommended, actor, invoice.balance().amount(),
                option.cost().amount(), clock.instant()));
        dossier.record(invoiceId, EntryType.DECISION, "Legal action approved: " + action
                + (action == recommended ? " (as recommended)" : " (overrides the recommendation " + recommended + ")")
                + (writeOff ? ". Reason for writing off: " + writeOffReason.strip() : "") + note, actor);
        return new LegalApproval(true, action, null);
    }

    /** When an agency may take the claim: only once the invoice is more than the policy's days late. */
    public ZonedDateTime agencyAllowedAt(Invoice invoice) {
        return planner.atContactHour(invoice.getDueDate().plusDays(policy.legal().agencyMinDaysLate() + 1L));
    }

    /** Writes off what is still owed, as a manager approved it, with the manager's reason. */
    @Transactional
    public void writeOff(Long invoiceId, String reason) {
        Invoice invoice = invoice(invoiceId);
        claims.update(invoice);
        Money balance = invoice.balance();
        invoice.close(InvoiceStatus.WRITTEN_OFF, clock.instant());
        current(invoiceId).close(BigDecimal.ZERO, clock.instant());
        dossier.record(invoiceId, EntryType.OUTCOME, "Written off: " + balance + " will not be collected. Reason: "
                + reason.strip(), Dossier.SYSTEM);
    }

    /** Answers the deadline the letter gives the customer; unpaid by then, the manager decides the next step. */
    public ZonedDateTime instructLawyer(Long invoiceId) {
        handOver(invoiceId, LetterType.LAWYER_INSTRUCTION, null);
        return planner.atContactHour(planner.today().plus(policy.legal().lawyerLetter().duration()));
    }

    public void startCourtCase(Long invoiceId) {
        handOver(invoiceId, LetterType.COURT_INSTRUCTION, null);
    }

    public void fileSmallClaim(Long invoiceId) {
        handOver(invoiceId, LetterType.SMALL_CLAIM, null);
    }

    public void sellToFactor(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        claims.update(invoice);
        handOver(invoiceId, LetterType.FACTORING_OFFER,
                invoice.balance().percent(policy.legal().factoring().advancePercent()));
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
        claims.update(invoice);
        Money discount = invoice.balance().percent(policy.legal().collectionAgency().feePercent());
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
        claims.update(invoice);
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

    /**
     * Books what the action brought in ({@code null}: its deadline passed without payment) and closes it. A sold or
     * fully recovered claim closes the case; anything still owed goes back to the manager, never written off here.
     */
    @Transactional
    public Outcome close(Long invoiceId, BigDecimal recoveredAmount) {
        Invoice invoice = invoice(invoiceId);
        LegalAction action = current(invoiceId);
        Money recovered = new Money(recoveredAmount == null ? BigDecimal.ZERO : recoveredAmount, invoice.currency());
        invoice.recordRecovery(recovered, planner.today());
        claims.update(invoice);
        action.close(recovered.amount(), clock.instant());
        Money rest = invoice.balance();
        boolean sold = action.getAction() == LegalActionType.FACTORING && recovered.isPositive();
        if (sold || !rest.isPositive()) {
            Outcome outcome = sold ? Outcome.SOLD : Outcome.RECOVERED;
            invoice.close(InvoiceStatus.valueOf(outcome.name()), clock.instant());
            dossier.record(invoiceId, EntryType.OUTCOME, "Recovered " + recovered
                    + (rest.isPositive() ? ", " + rest + " written off" : "") + "; case closed as " + outcome,
                    Dossier.SYSTEM);
            return outcome;
        }
        dossier.record(invoiceId, EntryType.OUTCOME, (recoveredAmount == null
                ? action.getAction().label() + ": the deadline passed without payment"
                : action.getAction().label() + " brought in " + recovered) + "; " + rest
                + " still owed, back to the manager to decide the next step", Dossier.SYSTEM);
        return Outcome.STILL_OWED;
    }

    private void handOver(Long invoiceId, LetterType type, Money amount) {
        Invoice invoice = invoice(invoiceId);
        Customer c = invoice.getCustomer();
        // written in the business's language by the letter
        LetterDetails details = new LetterDetails(null, amount, null).withNote("letter.debtor", c.getName(),
                c.getType() == CustomerType.BUSINESS ? 1 : 0, c.getAddress().replace('\n', ' '), c.getCountry(),
                c.getEmail(), c.getPhone(), dossier.of(invoiceId).size());
        letters.send(invoiceId, type, type.name() + ":" + current(invoiceId).getId(), details);
    }

    private LegalAction current(Long invoiceId) {
        return actions.findFirstByInvoiceIdAndStatusOrderByIdDesc(invoiceId, LegalAction.Status.APPROVED)
                .orElseThrow(() -> new IllegalStateException("no approved legal action for invoice #" + invoiceId));
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow();
    }
}
