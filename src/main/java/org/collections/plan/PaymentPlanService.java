package org.collections.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.collections.customer.Customer;
import org.collections.customer.CustomerLocks;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.dunning.Briefing;
import org.collections.dunning.BriefingService;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Money;
import org.collections.letters.ContactStops;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;
import org.collections.text.Periods;
import org.collections.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment plans, one per customer across the invoices that asked for one: filing and joining the negotiation,
 * agreeing it within the policy, reminding, checking each instalment against what came in on every covered invoice,
 * rescheduling, default, and settling when every covered invoice is paid.
 */
@Service
public class PaymentPlanService {

    private static final Logger log = LoggerFactory.getLogger(PaymentPlanService.class);

    /** The texts of a changed plan's letter when credit notes, not invoices taken out, changed it. */
    static final String CREDITED_VARIANT = "credited";
    /** The texts of a changed plan's letter when a moved due date changed what an invoice owes. */
    static final String DUE_DATE_VARIANT = "due-date";

    private final PaymentPlanRepository plans;
    private final PlanInvoiceRepository covered;
    private final CustomerLocks locks;
    private final BriefingService briefings;
    private final InvoiceRepository invoices;
    private final CollectionPolicy policy;
    private final SchedulePlanner planner;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;
    private final ClaimService claims;
    private final ContactStops stops;

    public PaymentPlanService(PaymentPlanRepository plans, PlanInvoiceRepository covered, CustomerLocks locks,
            BriefingService briefings, InvoiceRepository invoices, CollectionPolicy policy, SchedulePlanner planner,
            LetterService letters, Dossier dossier, Clock clock, ClaimService claims, ContactStops stops) {
        this.stops = stops;
        this.plans = plans;
        this.covered = covered;
        this.locks = locks;
        this.briefings = briefings;
        this.invoices = invoices;
        this.policy = policy;
        this.planner = planner;
        this.letters = letters;
        this.dossier = dossier;
        this.clock = clock;
        this.claims = claims;
    }

    /**
     * The ids of every plan the customer has had, which name their cases ({@code PLAN-<id>}): a customer has a few,
     * and looking their cases up by a variable's value read every case's customer number.
     */
    @Transactional(readOnly = true)
    public List<Long> planIdsOf(String customerNumber) {
        return plans.idsOfCustomer(customerNumber);
    }

    /**
     * Files an invoice's request for a payment plan. The customer's row is locked first: of two invoices asking at the
     * same moment, one opens the negotiation and the other joins it. An invoice asking while the customer's plan is
     * already agreed gets a negotiation of its own (an agreed plan's terms are not reopened), and so does one in
     * another currency than the plan being negotiated (a plan is paid in one currency). A repeated request (a
     * retried step) files nothing new.
     */
    @Transactional
    public PlanRequest request(long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        Customer customer = locks.lock(invoice.getCustomer().getId());
        for (PlanInvoice row : covered.findByInvoiceIdAndStatus(invoiceId, PlanInvoice.Status.COVERED)) {
            PaymentPlan plan = plan(row.getPlanId());
            if (plan.isNegotiating() || plan.getStatus() == PlanStatus.ACTIVE) {
                return new PlanRequest(plan.getId(), customer.getNumber(), false, true);
            }
        }
        // a plan is paid in one currency: an invoice in another asks for a negotiation of its own
        Optional<PaymentPlan> same = plans.findByCustomerIdAndStatusOrderByIdAsc(customer.getId(),
                PlanStatus.NEGOTIATING).stream().filter(p -> coveredRows(p.getId()).stream()
                        .allMatch(r -> invoice(r.getInvoiceId()).currency().equals(invoice.currency())))
                .findFirst();
        boolean start = same.isEmpty();
        PaymentPlan plan = same.orElseGet(() -> plans.save(new PaymentPlan(customer.getId(), clock.instant())));
        covered.save(new PlanInvoice(plan.getId(), invoiceId, clock.instant()));
        boolean agreedPlanRuns = start
                && !plans.findByCustomerIdAndStatusOrderByIdAsc(customer.getId(), PlanStatus.ACTIVE).isEmpty();
        dossier.record(invoiceId, EntryType.AGREEMENT, start
                ? "Payment plan requested; plan " + plan.getId() + " is negotiated"
                        + (agreedPlanRuns ? " (the customer's running plan is agreed already: a new plan of its own)"
                                : "")
                : "Payment plan requested; joins plan " + plan.getId() + " of the customer, still negotiated",
                Dossier.SYSTEM);
        return new PlanRequest(plan.getId(), customer.getNumber(), start, false);
    }

    /** Why an invoice's case stops waiting for its plan, as its own data says. */
    private enum Leaving {
        /** closed: paid in full */
        PAID,
        /** cancelled: nothing is owed for it, and what was paid on it is the customer's credit */
        CANCELLED,
        /**
         * closed by a credit note: nothing more is owed for it, and a credit note pays no instalment; what was paid on
         * it stays paid on the invoice
         */
        CREDITED,
        /** a dispute was raised on it (its stage is DISPUTE): the case goes to Resolve dispute */
        DISPUTED,
        /** every contact with its customer is stopped: the case goes to a manager */
        STOPPED,
        /** its case stopped waiting otherwise (cancelled in Cockpit) */
        OTHER
    }

    /**
     * The invoice's case no longer waits for its plan: it leaves the plan. Empty when it was in none that runs (the
     * plan defaulted, or it never asked). Why it leaves comes from the invoice and its customer:
     * <ul>
     * <li>paid (closed): what came in on it still counts for the instalments;</li>
     * <li>cancelled: as for a dispute, but nothing is owed for it; what was paid on it is the customer's credit, so it
     * counts for no instalment;</li>
     * <li>credited in full: as for a cancellation; what was paid on it went to the invoice, a credit note pays no
     * instalment;</li>
     * <li>disputed: its balance is no longer part of the plan. An agreed plan goes on for the invoices still in it:
     * the instalments not yet paid are recomputed on what those invoices owe (the claim's one calculation, as when the
     * plan was agreed), keeping the agreed instalment amount and dates, so the plan ends sooner; the customer gets
     * the changed plan in writing ({@link PlanLeft#changed()});</li>
     * <li>its customer stopped: its case goes to a manager; the customer's other invoices leave the plan with it;</li>
     * <li>otherwise (its case was cancelled): as for a dispute.</li>
     * </ul>
     * An invoice that leaves unpaid owes fees and interest again from today: the plan held them only while it was
     * in it. When no covered invoice is left, the plan ends: {@code SETTLED}, {@code STOPPED} (the customer was
     * stopped) or {@code ENDED} (the last invoice left it unpaid, cancelled or credited), in the dossier of every
     * invoice it covered.
     */
    @Transactional
    public Optional<PlanLeft> leave(long invoiceId) {
        for (PlanInvoice row : covered.findByInvoiceIdAndStatus(invoiceId, PlanInvoice.Status.COVERED)) {
            PaymentPlan plan = plan(row.getPlanId());
            if (!plan.isNegotiating() && plan.getStatus() != PlanStatus.ACTIVE) {
                continue;
            }
            Customer customer = locks.lock(plan.getCustomerId());
            boolean negotiating = plan.isNegotiating();
            Invoice invoice = invoice(invoiceId);
            Leaving why = invoice.getStatus() == InvoiceStatus.CANCELLED ? Leaving.CANCELLED
                    : invoice.getStatus() == InvoiceStatus.CREDITED ? Leaving.CREDITED
                    : !invoice.isOpen() ? Leaving.PAID
                    : invoice.getStage() == Stage.DISPUTE ? Leaving.DISPUTED
                    : stops.stopped(customer.getId()).isPresent() ? Leaving.STOPPED : Leaving.OTHER;
            if (!negotiating) {
                // an instalment paid ahead, with money on this invoice too, stays paid whatever becomes of the plan
                plan.markPaidUpTo(receivedSinceAgreement(plan));
            }
            row.leave(switch (why) {
                case PAID -> negotiating ? PlanInvoice.Status.WITHDRAWN : PlanInvoice.Status.SETTLED;
                // not settled: none of the plan's instalments is paid by it
                case CANCELLED, CREDITED -> PlanInvoice.Status.WITHDRAWN;
                case DISPUTED -> PlanInvoice.Status.DISPUTED;
                case STOPPED -> PlanInvoice.Status.STOPPED;
                case OTHER -> PlanInvoice.Status.WITHDRAWN;
            }, clock.instant());
            covered.flush();
            boolean nothingLeft = !covered.existsByPlanIdAndStatus(plan.getId(), PlanInvoice.Status.COVERED);
            String before = negotiating ? " (before it was agreed)" : "";
            if (invoice.isOpen()) {
                // the plan held fees and interest on the balance of the day it was agreed; out of it, they run again
                invoice.resumeClaim(planner.today());
            }
            dossier.record(invoiceId, EntryType.AGREEMENT, "Leaves payment plan " + plan.getId() + switch (why) {
                case PAID -> negotiating ? " before it was agreed" : ": settled";
                case CANCELLED -> ": the invoice was cancelled" + before;
                case CREDITED -> ": a credit note left nothing to pay on it" + before;
                case DISPUTED -> " for a dispute" + before + ": its balance of " + claims.balance(invoice)
                        + " is no longer part of the plan; the case goes to Resolve dispute";
                case STOPPED -> before + ": its case goes to a manager (every contact with the customer is stopped)";
                case OTHER -> " unpaid" + before + ": its case no longer waits for the plan";
            }, Dossier.SYSTEM);
            boolean changed = false;
            if (nothingLeft) {
                PlanStatus end = switch (why) {
                    case PAID -> PlanStatus.SETTLED;
                    case STOPPED -> PlanStatus.STOPPED;
                    case CANCELLED, CREDITED, DISPUTED, OTHER -> PlanStatus.ENDED;
                };
                plan.ended(end);
                recordOnEveryInvoice(plan.getId(), "Payment plan " + plan.getId() + switch (end) {
                    case STOPPED -> " stopped: every contact with the customer is stopped, its invoices went to a "
                            + "manager; no instalment reminder or missed-instalment call follows";
                    case ENDED -> " ended: no invoice is left in it (invoice " + invoice.getNumber() + " left it "
                            + leftHow(why) + ")";
                    default -> " settled: the invoices left in it are paid";
                });
            } else if (!negotiating && why != Leaving.PAID && why != Leaving.STOPPED) {
                changed = rebase(plan, "invoice " + invoice.getNumber() + " left it " + leftHow(why));
                if (changed) {
                    // the letter names an invoice taken out unpaid, to be written about apart; not a cancelled one
                    plan.noteChange(why == Leaving.CREDITED ? CREDITED_VARIANT : PaymentPlan.TAKEN_OUT,
                            why == Leaving.CANCELLED ? null : invoice.getNumber());
                }
            }
            return Optional.of(new PlanLeft(plan.getId(), customer.getNumber(), negotiating, plan.getStatus(),
                    changed));
        }
        return Optional.empty();
    }

    private static String leftHow(Leaving why) {
        return switch (why) {
            case DISPUTED -> "for a dispute";
            case CANCELLED -> "cancelled";
            case CREDITED -> "credited in full";
            default -> "unpaid";
        };
    }

    /**
     * A credit note lowered an invoice that stays open. If it is in an agreed plan, the instalments not yet paid are
     * recomputed on what the plan's invoices owe now, as when an invoice leaves the plan: a credit note pays no
     * instalment, so without this the customer would be asked for the credited amount all the same. Empty when the
     * invoice is in no agreed plan (a plan still negotiated shows the lower balance on its card as after a payment).
     */
    @Transactional
    public Optional<PlanLeft> credited(long invoiceId) {
        return agreedPlanOf(invoiceId).map(agreed -> {
            String number = invoice(invoiceId).getNumber();
            return changed(agreed, number, CREDITED_VARIANT, "a credit note lowered the balance of invoice " + number);
        });
    }

    /**
     * The invoicing system moved the due date of an invoice that stays open: if it is in an agreed plan and what it
     * owes changed with it (late fees, interest and costs count from the new date), the plan is recomputed and
     * confirmed in writing as after a credit note. Empty when nothing in a plan changed.
     */
    @Transactional
    public Optional<PlanLeft> dueDateChanged(long invoiceId) {
        return agreedPlanOf(invoiceId).filter(agreed -> !stillAsAgreed(agreed.plan())).map(agreed -> {
            Invoice invoice = invoice(invoiceId);
            return changed(agreed, invoice.getNumber(), DUE_DATE_VARIANT, "the due date of invoice "
                    + invoice.getNumber() + " moved to " + invoice.getDueDate() + ", and with it what it owes");
        });
    }

    /** An agreed plan, read once its customer was locked. */
    private record AgreedPlan(PaymentPlan plan, Customer customer) {
    }

    /** The agreed plan the invoice is in, read once its customer is locked (see {@link #lockedPlan}). */
    private Optional<AgreedPlan> agreedPlanOf(long invoiceId) {
        for (PlanInvoice row : covered.findByInvoiceIdAndStatus(invoiceId, PlanInvoice.Status.COVERED)) {
            Customer customer = locks.lock(plans.customerIdOf(row.getPlanId()));
            PaymentPlan plan = plan(row.getPlanId());
            if (plan.getStatus() == PlanStatus.ACTIVE) {
                return Optional.of(new AgreedPlan(plan, customer));
            }
        }
        return Optional.empty();
    }

    /** Whether the instalments still to pay ask exactly what the plan's invoices owe now. */
    private boolean stillAsAgreed(PaymentPlan plan) {
        List<Invoice> list = covering(plan.getId());
        list.forEach(claims::update);
        BigDecimal unpaid = plan.getInstalments().stream().map(Instalment::getAmount).reduce(BigDecimal.ZERO,
                BigDecimal::add).subtract(receivedSinceAgreement(plan));
        return total(list).map(owed -> owed.amount().compareTo(unpaid) == 0).orElse(true);
    }

    /** The agreed plan is recomputed for a change of one of its invoices, noted for the letter about it. */
    private PlanLeft changed(AgreedPlan agreed, String invoiceNumber, String kind, String why) {
        PaymentPlan plan = agreed.plan();
        plan.markPaidUpTo(receivedSinceAgreement(plan));
        boolean changed = rebase(plan, why);
        if (changed) {
            plan.noteChange(kind, invoiceNumber);
        }
        return new PlanLeft(plan.getId(), agreed.customer().getNumber(), false, plan.getStatus(), changed);
    }

    /**
     * The agreed plan goes on for the invoices still in it: its open instalments are recomputed on what they owe
     * (the claim's calculation of today, as when the plan was agreed), recorded in their dossiers with {@code why}.
     */
    private boolean rebase(PaymentPlan plan, String why) {
        List<Invoice> list = covering(plan.getId());
        list.forEach(claims::update);
        Optional<Money> remaining = total(list);
        if (remaining.isEmpty() || !remaining.get().isPositive()) {
            return false;
        }
        Currency currency = remaining.get().currency();
        List<Invoice> counting = counted(plan.getId());
        List<Instalment> open = plan.rebase(remaining.get().amount(), settledOn(counting), creditedOn(counting));
        String numbers = list.stream().map(Invoice::getNumber).collect(Collectors.joining(", "));
        recordOnPlan(plan.getId(), EntryType.AGREEMENT, "Payment plan " + plan.getId() + " changed: " + why
                + ". The remaining balance of " + remaining.get()
                + " (invoices " + numbers + ") is paid in " + (open.size() == 1 ? "one instalment: "
                        : open.size() + " instalments of the agreed " + new Money(plan.getInstalmentAmount(), currency)
                                + ", the last the rest: ")
                + open.stream().map(i -> new Money(i.getAmount(), currency) + " on " + i.getDueDate())
                        .collect(Collectors.joining(", ")), Dossier.SYSTEM);
        return true;
    }

    /**
     * Confirms a changed plan in writing: the instalments still to pay, for the invoices still in it. Several changes
     * before the letter goes out make one letter with the plan as it stands (its key is the plan's schedule: the
     * invoices that left the agreed plan and what is left to pay). A letter that names no invoice taken out says
     * what changed the plan instead: the invoices credited, or whose due date moved.
     */
    @Transactional
    public void confirmChange(Long planId) {
        PaymentPlan plan = plan(planId);
        List<Invoice> list = covering(planId);
        if (list.isEmpty() || plan.getStatus() != PlanStatus.ACTIVE) {
            return;
        }
        List<PlanInvoice> left = coveredRows(planId).stream().filter(r -> r.getStatus() == PlanInvoice.Status.DISPUTED
                || r.getStatus() == PlanInvoice.Status.WITHDRAWN).toList();
        PaymentPlan.PlanChange change = plan.takeChange().orElseGet(() -> new PaymentPlan.PlanChange(
                PaymentPlan.TAKEN_OUT, takenOutBefore(plan, left)));
        String variant = change.kind().equals(PaymentPlan.TAKEN_OUT) ? null : change.kind();
        Currency currency = list.get(0).currency();
        List<Instalment> unpaid = plan.getInstalments().stream().filter(i -> !i.isPaid()).toList();
        BigDecimal toPay = unpaid.stream().map(Instalment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        LetterDetails details = new LetterDetails(null, null, null, variant)
                .withSchedule(unpaid.stream()
                        .map(i -> new LetterDetails.Due(i.getDueDate(), new Money(i.getAmount(), currency))).toList())
                .mentioning(change.invoiceNumbers());
        letters.send(list.stream().map(Invoice::getId).toList(), LetterType.PAYMENT_PLAN_CHANGED,
                LetterType.PAYMENT_PLAN_CHANGED.name() + ":" + planId + ":" + left.size() + ":"
                        + toPay.stripTrailingZeros().toPlainString(), details);
    }

    /**
     * The invoices taken out of the agreed plan unpaid (disputed, or their case cancelled), for a change made before
     * changes were noted on the plan; not those paid meanwhile nor those that left the negotiation, which the
     * agreement already left out.
     */
    private List<String> takenOutBefore(PaymentPlan plan, List<PlanInvoice> left) {
        List<String> takenOut = new ArrayList<>();
        for (PlanInvoice row : left) {
            Invoice invoice = invoice(row.getInvoiceId());
            if (row.leftSince(plan.getAgreedAt())
                    && (row.getStatus() == PlanInvoice.Status.DISPUTED || invoice.isOpen())) {
                takenOut.add(invoice.getNumber());
            }
        }
        return takenOut;
    }

    /** The plan the invoice asked for last, as the API shows it; empty when it never asked for one. */
    @Transactional(readOnly = true)
    public Optional<PlanView> viewOf(long invoiceId) {
        return covered.findFirstByInvoiceIdOrderByIdDesc(invoiceId).map(row -> view(plan(row.getPlanId())));
    }

    /** Every payment plan of the customer, oldest first, as the API shows them. */
    @Transactional(readOnly = true)
    public List<PlanView> viewsOfCustomer(long customerId) {
        return plans.findByCustomerIdOrderByIdAsc(customerId).stream().map(this::view).toList();
    }

    private PlanView view(PaymentPlan plan) {
        BigDecimal received = plan.getStatus() == PlanStatus.ACTIVE ? receivedSinceAgreement(plan) : null;
        return new PlanView(plan.getId(), plan.getStatus(), plan.getAgreedAt(), plan.getInstalmentAmount(),
                plan.getInstalmentInterval(),
                covered.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                        .map(r -> new PlanView.Part(invoice(r.getInvoiceId()).getNumber(), r.getStatus())).toList(),
                plan.getInstalments().stream().map(i -> new PlanView.Due(i.getNumber(), i.getDueDate(),
                        i.getAmount(), shown(plan, i, received))).toList());
    }

    /**
     * An instalment is marked when its deadline is checked. One paid ahead, or late after it was marked missed, or by
     * the payment that settled the plan, shows as paid already, by the same sum the check makes; one left unpaid by a
     * plan that ended otherwise is no longer asked for.
     */
    private static InstalmentStatus shown(PaymentPlan plan, Instalment instalment, BigDecimal received) {
        if (instalment.isPaid() || plan.getStatus() == PlanStatus.SETTLED) {
            return InstalmentStatus.PAID;
        }
        return switch (plan.getStatus()) {
            case ACTIVE -> received.compareTo(plan.dueUpTo(instalment.getNumber())) >= 0 ? InstalmentStatus.PAID
                    : instalment.getStatus();
            case DEFAULTED, STOPPED, ENDED -> InstalmentStatus.CANCELLED;
            case NEGOTIATING, SETTLED -> instalment.getStatus();
        };
    }

    /**
     * The money that came in for the instalments since the plan was agreed or last changed, on every invoice of the
     * plan, those paid off meanwhile included; credit notes are no money.
     */
    private BigDecimal receivedSinceAgreement(PaymentPlan plan) {
        List<Invoice> list = counted(plan.getId());
        return plan.receivedSince(settledOn(list), creditedOn(list));
    }

    private static BigDecimal settledOn(List<Invoice> invoices) {
        return invoices.stream().map(i -> i.paid().plus(i.credited()).amount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static BigDecimal creditedOn(List<Invoice> invoices) {
        return invoices.stream().map(i -> i.credited().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The customer of a plan (the plan case's {@code customerNumber}). */
    @Transactional(readOnly = true)
    public String customerNumberOf(long planId) {
        return invoice(coveredRows(planId).get(0).getInvoiceId()).getCustomer().getNumber();
    }

    /** The invoices the plan still covers (open, in the plan), in the order they asked. */
    @Transactional(readOnly = true)
    public List<CoveredInvoice> coveredInvoices(long planId) {
        return covering(planId).stream().map(i -> new CoveredInvoice(i.getId(), i.getNumber())).toList();
    }

    /** A default told to an invoice that no longer waited for its plan goes into its dossier instead. */
    @Transactional
    public void defaultNotHeard(long invoiceId, long planId) {
        dossier.record(invoiceId, EntryType.AGREEMENT, "Default of payment plan " + planId
                + " not applied: the case no longer waited for its plan", Dossier.SYSTEM);
    }

    /** The plan's briefing for its tasks: the customer and every invoice the plan covers. */
    @Transactional(readOnly = true)
    public PlanBriefing briefing(long planId) {
        List<Invoice> list = covering(planId);
        List<PlanInvoice> rows = coveredRows(planId);
        Briefing first = briefings.briefing(list.isEmpty() ? rows.get(0).getInvoiceId() : list.get(0).getId());
        List<String> lines = new ArrayList<>();
        for (Invoice i : list) {
            lines.add("- **" + Texts.markdownLiteral(i.getNumber()) + "**: " + claims.balance(i) + " owed, due "
                    + i.getDueDate() + ", " + planner.daysOverdue(i.getDueDate()) + " days overdue");
        }
        String invoiceList = lines.isEmpty() ? "No invoice is left to plan: every one was settled."
                : Texts.joinNewest(lines, "\n", Texts.MAX_VARIABLE, n -> "… and " + n + " more");
        return new PlanBriefing(first.customerName(), first.customerType(), first.customerPhone(),
                first.customerEmail(), first.customerAddress(), invoiceList,
                Texts.fit(list.stream().map(Invoice::getNumber).collect(Collectors.joining(", ")), Texts.MAX_VARIABLE),
                list.stream().collect(Collectors.toMap(i -> i.currency().getCurrencyCode(), Invoice::balance,
                        Money::plus, java.util.TreeMap::new)).values().stream().map(Money::toString)
                        .collect(Collectors.joining(" + ")),
                // the oldest covered invoice's, as on the call task: how late the customer is
                list.stream().mapToLong(i -> planner.daysOverdue(i.getDueDate())).max().orElse(0),
                first.callHistory(), first.brokenPromises(),
                limits(list.isEmpty() ? invoice(rows.get(0).getInvoiceId()).currency() : list.get(0).currency()));
    }

    /** The policy's limits of a plan, as the negotiation form shows them and as {@link #agree} checks them. */
    private String limits(Currency currency) {
        CollectionPolicy.PaymentPlan limits = policy.paymentPlan();
        String interval = Periods.describe(limits.maxInterval());
        return "The policy allows 2 to " + limits.maxInstalments() + " instalments of at least "
                + new Money(limits.minInstalmentAmount(), currency) + ", at most " + interval
                + " apart, the first within " + interval + " of today.";
    }

    /**
     * Validates what the agent negotiated against the policy and the balance, and stores the plan.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public PaymentPlan agree(long planId, Object countValue, Object amountValue, String firstDateValue,
            String intervalValue, String actor) {
        PaymentPlan plan = plan(planId);
        List<Invoice> list = covering(planId);
        list.forEach(claims::update);
        FieldErrors errors = new FieldErrors();
        if (!plan.isNegotiating()) {
            errors.reject("instalmentCount", "the plan is not being negotiated any more");
        }
        errors.check(!list.isEmpty(), "instalmentCount", "no invoice is left to plan: every one was settled");
        errors.check(list.stream().map(Invoice::currency).distinct().count() <= 1, "instalmentAmount",
                "the invoices are in different currencies: agree a plan per currency");
        errors.check(list.size() <= LetterService.MAX_INVOICES, "instalmentCount",
                "a plan covers at most " + LetterService.MAX_INVOICES + " invoices");
        errors.throwIfAny();
        Currency currency = list.get(0).currency();
        Money balance = total(list).orElseThrow();
        CollectionPolicy.PaymentPlan limits = policy.paymentPlan();

        BigDecimal countNumber = errors.amount(countValue, "instalmentCount");
        Integer count = null;
        if (countNumber != null) {
            if (countNumber.stripTrailingZeros().scale() > 0) {
                errors.reject("instalmentCount", "must be a whole number");
            } else if (countNumber.intValue() < 2 || countNumber.intValue() > limits.maxInstalments()) {
                errors.reject("instalmentCount", "must be between 2 and " + limits.maxInstalments() + " (policy)");
            } else {
                count = countNumber.intValue();
            }
        }
        BigDecimal amount = errors.amount(amountValue, "instalmentAmount");
        errors.checkScale(amount, currency, "instalmentAmount");
        if (amount != null && !errors.has("instalmentAmount")) {
            errors.check(amount.compareTo(limits.minInstalmentAmount()) >= 0, "instalmentAmount",
                    "must be at least " + new Money(limits.minInstalmentAmount(), currency) + " (policy)");
        }
        if (count != null && amount != null && !errors.has("instalmentAmount")) {
            BigDecimal total = amount.multiply(BigDecimal.valueOf(count));
            BigDecimal allButLast = amount.multiply(BigDecimal.valueOf(count - 1L));
            errors.check(total.compareTo(balance.amount()) >= 0, "instalmentAmount",
                    count + " instalments of " + new Money(amount, currency) + " do not cover the balance of "
                            + balance);
            errors.check(allButLast.compareTo(balance.amount()) < 0, "instalmentCount",
                    "fewer instalments of " + new Money(amount, currency) + " already cover the balance of "
                            + balance);
            // the last instalment is the remainder: the policy's minimum holds for it too
            Money last = new Money(balance.amount().subtract(allButLast), currency);
            Money minimum = new Money(limits.minInstalmentAmount(), currency);
            errors.check(!last.isPositive() || !minimum.greaterThan(last), "instalmentAmount",
                    "the last instalment would be " + last + ", less than " + minimum + " (policy): agree an "
                            + "amount that leaves at least that for the last one");
        }
        Period interval = period(intervalValue, errors);
        LocalDate first = errors.date(firstDateValue, "firstInstalmentDate");
        LocalDate today = planner.today();
        if (first != null) {
            errors.check(!first.isBefore(today), "firstInstalmentDate", "must not be in the past");
            errors.check(!first.isAfter(today.plus(limits.maxInterval())), "firstInstalmentDate",
                    "must be within " + Periods.describe(limits.maxInterval()) + " of today (policy)");
        }
        errors.throwIfAny();

        plan.agree(count, amount, balance.amount(), first, interval, settledOn(list), creditedOn(list), clock.instant(),
                actor);
        String numbers = list.stream().map(Invoice::getNumber).collect(Collectors.joining(", "));
        for (Invoice invoice : list) {
            invoice.moveTo(Stage.PAYMENT_PLAN);
            // the instalments were agreed on today's balance: no fees or interest are added while the plan holds
            invoice.pauseClaim(today);
            dossier.record(invoice.getId(), EntryType.AGREEMENT, "Payment plan " + planId + " agreed for "
                    + balance + " (invoices " + numbers + "): " + describe(plan, currency), actor);
        }
        return plan;
    }

    /**
     * The plan a step of a plan case started before plans covered several invoices works on (business key: the
     * invoice number), which must be one of that invoice's plans.
     */
    @Transactional(readOnly = true)
    public long planOf(long invoiceId, long planId) {
        plan(planId);
        if (!covered.existsByPlanIdAndInvoiceIdAndStatusIn(planId, invoiceId, EnumSet.allOf(PlanInvoice.Status.class))) {
            throw new IllegalStateException("payment plan " + planId + " belongs to another invoice");
        }
        return planId;
    }

    /** Confirms the agreement in writing, as the policy asks for every agreement. */
    public void confirm(Long planId) {
        PaymentPlan plan = plan(planId);
        List<Invoice> list = counted(planId);
        letters.send(list.stream().map(Invoice::getId).toList(), LetterType.PAYMENT_PLAN_CONFIRMATION,
                LetterType.PAYMENT_PLAN_CONFIRMATION.name() + ":" + planId,
                // the instalments are written out in the customer's language by the letter
                LetterDetails.none().withSchedule(plan.getInstalments().stream()
                        .map(i -> new LetterDetails.Due(i.getDueDate(), new Money(i.getAmount(), list.get(0).currency())))
                        .toList()));
    }

    /** The first instalment not yet paid, with the moments to remind and to check it. */
    @Transactional(readOnly = true)
    public NextInstalment next(Long planId) {
        PaymentPlan plan = plan(planId);
        Instalment next = plan.getInstalments().stream().filter(i -> !i.isPaid()).findFirst()
                .orElseThrow(() -> new IllegalStateException("payment plan " + planId
                        + " has every instalment paid but its case is still open: check the invoice's balance"));
        Invoice first = counted(planId).get(0);
        Currency currency = first.currency();
        // the reminder is contact: on the customer's working day, in the customer's hours
        return new NextInstalment(next.getNumber(), next.getDueDate(), new Money(next.getAmount(), currency),
                planner.contactMomentFrom(next.getDueDate().minus(policy.paymentPlan().reminderBefore()),
                        first.getCustomer().hours(planner.zone())),
                deadline(next.getDueDate()));
    }

    public void sendReminder(Long planId, int number) {
        PaymentPlan plan = plan(planId);
        Instalment instalment = plan.instalment(number);
        List<Invoice> list = covering(planId);
        if (list.isEmpty()) {
            return;
        }
        // what is left of it: paid ahead, in full or in part, it is not asked for again
        BigDecimal left = plan.dueUpTo(number).subtract(receivedSinceAgreement(plan)).min(instalment.getAmount());
        if (left.signum() <= 0) {
            log.info("Instalment {} of plan {} is paid ahead: no reminder", number, planId);
            return;
        }
        letters.send(list.stream().map(Invoice::getId).toList(), LetterType.INSTALMENT_REMINDER,
                LetterType.INSTALMENT_REMINDER.name() + ":" + planId + ":" + number + ":" + instalment.getDueDate(),
                new LetterDetails(instalment.getDueDate(), new Money(left, list.get(0).currency()), null));
    }

    /**
     * Whether everything due up to this instalment has come in since the plan was agreed; marks the instalments
     * accordingly.
     */
    @Transactional
    public boolean checkInstalment(Long planId, int number) {
        PaymentPlan plan = lockedPlan(planId);
        Currency currency = counted(planId).get(0).currency();
        BigDecimal received = receivedSinceAgreement(plan);
        BigDecimal due = plan.dueUpTo(number);
        boolean paid = received.compareTo(due) >= 0;
        Instalment instalment = plan.instalment(number);
        if (paid) {
            plan.getInstalments().stream().filter(i -> i.getNumber() <= number).forEach(Instalment::markPaid);
        } else {
            instalment.markMissed();
        }
        Money shortfall = new Money(due.subtract(received), currency);
        recordOnPlan(planId, EntryType.INSTALMENT, "Instalment " + number + " of "
                + new Money(instalment.getAmount(), currency) + " due " + instalment.getDueDate()
                + (paid ? ": paid" : ": missed, " + shortfall + " short"), Dossier.SYSTEM);
        return paid;
    }

    /**
     * Validates and records what came of the call about a missed instalment.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public InstalmentOutcome recordMissedInstalmentCall(Long planId, int number, String outcomeValue,
            String newDueDateValue, String notes, String actor) {
        FieldErrors errors = new FieldErrors();
        InstalmentOutcome outcome = errors.oneOf(outcomeValue, InstalmentOutcome.class, "instalmentOutcome");
        if (outcome == InstalmentOutcome.RESCHEDULED) {
            LocalDate newDate = errors.date(newDueDateValue, "newDueDate");
            LocalDate today = planner.today();
            if (newDate != null) {
                errors.check(newDate.isAfter(today), "newDueDate", "must be after today");
                errors.check(!newDate.isAfter(today.plus(policy.paymentPlan().maxInterval())), "newDueDate",
                        "must be within " + Periods.describe(policy.paymentPlan().maxInterval())
                                + " of today (policy)");
            }
        }
        errors.maxLength(notes, InputLimits.CALL_NOTES, "callNotes");
        if (outcome == InstalmentOutcome.DEFAULTED) {
            // the money may have come in since the task opened: a plan paid up to date is not declared failed
            PaymentPlan plan = plan(planId);
            BigDecimal received = receivedSinceAgreement(plan);
            if (received.compareTo(plan.dueUpTo(number)) >= 0) {
                errors.reject("instalmentOutcome", "instalment " + number + " is paid now (" + new Money(received,
                        counted(planId).get(0).currency()) + " received since the plan was agreed): choose PAID_NOW, "
                        + "and the plan goes on");
            }
        }
        errors.throwIfAny();
        recordOnPlan(planId, EntryType.CALL, "Call about missed instalment " + number + ": " + outcome
                + (outcome == InstalmentOutcome.RESCHEDULED ? " to " + newDueDateValue.substring(0, 10) : "")
                + (notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip()), actor);
        return outcome;
    }

    /** Moves the instalment to its agreed new date. */
    @Transactional
    public void reschedule(Long planId, int number, LocalDate newDueDate) {
        PaymentPlan plan = lockedPlan(planId);
        plan.instalment(number).moveTo(newDueDate);
        recordOnPlan(planId, EntryType.INSTALMENT, "Instalment " + number + " rescheduled to "
                + newDueDate, Dossier.SYSTEM);
    }

    /**
     * The plan, read once its customer is locked: a credit note, a moved due date or an invoice leaving changes the
     * instalments under the same lock, so that neither writes over the other's instalments.
     */
    private PaymentPlan lockedPlan(Long planId) {
        locks.lock(plans.customerIdOf(planId));
        return plan(planId);
    }

    /** The customer says the money is on its way: the moment to check again. */
    public ZonedDateTime paymentExpectedBy() {
        return deadline(planner.today());
    }

    /** The plan failed: the whole remaining balance is due at once, and the customer is told so. */
    @Transactional
    public void declareDefaulted(Long planId) {
        PaymentPlan plan = plan(planId);
        if (plan.getStatus() == PlanStatus.ACTIVE) {
            plan.defaulted();
            for (Invoice invoice : covering(planId)) {
                invoice.resumeClaim(planner.today());
                claims.update(invoice);
                dossier.record(invoice.getId(), EntryType.AGREEMENT, "Payment plan " + planId
                        + " defaulted: the remaining balance of " + invoice.balance() + " is due at once",
                        Dossier.SYSTEM);
            }
        }
        List<Invoice> list = covering(planId);
        if (!list.isEmpty()) {
            letters.send(list.stream().map(Invoice::getId).toList(), LetterType.PLAN_DEFAULTED,
                    LetterType.PLAN_DEFAULTED.name() + ":" + planId, LetterDetails.none());
        }
    }

    private ZonedDateTime deadline(LocalDate dueDate) {
        return planner.atContactHour(dueDate.plus(policy.paymentPlan().missedGrace()));
    }

    private Period period(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.reject("instalmentInterval", "is required");
            return null;
        }
        try {
            Period period = Period.parse(value);
            Period max = policy.paymentPlan().maxInterval();
            boolean positive = !period.isNegative() && !period.isZero();
            errors.check(positive, "instalmentInterval", "must be a positive period such as P1M");
            errors.check(!positive || days(period) <= days(max), "instalmentInterval",
                    "must be at most " + Periods.describe(max) + " (policy)");
            return period;
        } catch (DateTimeParseException e) {
            errors.reject("instalmentInterval", "must be an ISO 8601 period such as P1M or P2W");
            return null;
        }
    }

    private static long days(Period p) {
        return p.toTotalMonths() * 30 + p.getDays();
    }

    private static String describe(PaymentPlan plan, Currency currency) {
        return plan.getInstalments().stream()
                .map(i -> new Money(i.getAmount(), currency) + " on " + i.getDueDate())
                .collect(Collectors.joining(", "));
    }

    private List<PlanInvoice> coveredRows(long planId) {
        List<PlanInvoice> rows = covered.findByPlanIdOrderByIdAsc(planId);
        if (rows.isEmpty()) {
            throw new IllegalStateException("payment plan " + planId + " covers no invoice");
        }
        return rows;
    }

    /** The open invoices in the plan. */
    private List<Invoice> covering(long planId) {
        return coveredRows(planId).stream().filter(r -> r.getStatus() == PlanInvoice.Status.COVERED)
                .map(r -> invoice(r.getInvoiceId())).toList();
    }

    /** The invoices whose payments count for the plan: still covered, or settled after the agreement. */
    private List<Invoice> counted(long planId) {
        return coveredRows(planId).stream().filter(PlanInvoice::counts).map(r -> invoice(r.getInvoiceId()))
                .toList();
    }

    private void recordOnPlan(long planId, EntryType type, String summary, String actor) {
        List<Invoice> list = covering(planId);
        (list.isEmpty() ? counted(planId) : list).forEach(i -> dossier.record(i.getId(), type, summary, actor));
    }

    /** A plan-wide entry in the dossier of every invoice the plan ever covered. */
    private void recordOnEveryInvoice(long planId, String summary) {
        coveredRows(planId).forEach(r -> dossier.record(r.getInvoiceId(), EntryType.AGREEMENT, summary,
                Dossier.SYSTEM));
    }

    private Optional<Money> total(List<Invoice> list) {
        return list.stream().map(claims::balance).reduce(Money::plus);
    }

    private PaymentPlan plan(Long planId) {
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("no payment plan " + planId));
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow();
    }
}
