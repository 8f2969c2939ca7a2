package org.collections.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payment plans: agreeing one within the policy, reminding, checking each instalment, rescheduling, default. */
@Service
public class PaymentPlanService {

    private final PaymentPlanRepository plans;
    private final InvoiceRepository invoices;
    private final CollectionPolicy policy;
    private final SchedulePlanner planner;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;

    public PaymentPlanService(PaymentPlanRepository plans, InvoiceRepository invoices, CollectionPolicy policy,
            SchedulePlanner planner, LetterService letters, Dossier dossier, Clock clock) {
        this.plans = plans;
        this.invoices = invoices;
        this.policy = policy;
        this.planner = planner;
        this.letters = letters;
        this.dossier = dossier;
        this.clock = clock;
    }

    /**
     * Validates what the agent negotiated against the policy and the balance, and stores the plan.
     *
     * @throws org.collections.invoice.InvalidInputException with one message per bad field
     */
    @Transactional
    public PaymentPlan agree(Long invoiceId, Object countValue, Object amountValue, String firstDateValue,
            String intervalValue, String actor) {
        Invoice invoice = invoice(invoiceId);
        Money balance = invoice.balance();
        CollectionPolicy.PaymentPlan limits = policy.paymentPlan();
        FieldErrors errors = new FieldErrors();

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
        errors.checkScale(amount, invoice.currency(), "instalmentAmount");
        if (amount != null && !errors.has("instalmentAmount")) {
            errors.check(amount.compareTo(limits.minInstalmentAmount()) >= 0, "instalmentAmount",
                    "must be at least " + new Money(limits.minInstalmentAmount(), invoice.currency()) + " (policy)");
        }
        if (count != null && amount != null && !errors.has("instalmentAmount")) {
            BigDecimal total = amount.multiply(BigDecimal.valueOf(count));
            BigDecimal allButLast = amount.multiply(BigDecimal.valueOf(count - 1L));
            errors.check(total.compareTo(balance.amount()) >= 0, "instalmentAmount",
                    count + " instalments of " + new Money(amount, invoice.currency()) + " do not cover the balance of "
                            + balance);
            errors.check(allButLast.compareTo(balance.amount()) < 0, "instalmentCount",
                    "fewer instalments of " + new Money(amount, invoice.currency()) + " already cover the balance of "
                            + balance);
        }
        Period interval = period(intervalValue, errors);
        LocalDate first = errors.date(firstDateValue, "firstInstalmentDate");
        LocalDate today = planner.today();
        if (first != null) {
            errors.check(!first.isBefore(today), "firstInstalmentDate", "must not be in the past");
            errors.check(!first.isAfter(today.plus(limits.maxInterval())), "firstInstalmentDate",
                    "must be within " + limits.maxInterval() + " of today (policy)");
        }
        errors.throwIfAny();

        BigDecimal settled = invoice.paid().plus(invoice.credited()).amount();
        PaymentPlan plan = plans.save(new PaymentPlan(invoiceId, count, amount, balance.amount(), first, interval,
                settled, clock.instant(), actor));
        invoice.moveTo(Stage.PAYMENT_PLAN);
        dossier.record(invoiceId, EntryType.AGREEMENT, "Payment plan agreed: " + describe(plan, invoice), actor);
        return plan;
    }

    /** The plan a step of an invoice's case works on, which must be one of that invoice's plans. */
    @Transactional(readOnly = true)
    public long planOf(long invoiceId, long planId) {
        PaymentPlan plan = plan(planId);
        if (!plan.getInvoiceId().equals(invoiceId)) {
            throw new IllegalStateException("payment plan " + planId + " belongs to another invoice");
        }
        return planId;
    }

    /** Confirms the agreement in writing, as the policy asks for every agreement. */
    public void confirm(Long planId) {
        PaymentPlan plan = plan(planId);
        Invoice invoice = invoice(plan.getInvoiceId());
        letters.send(plan.getInvoiceId(), LetterType.PAYMENT_PLAN_CONFIRMATION,
                LetterType.PAYMENT_PLAN_CONFIRMATION.name() + ":" + planId,
                new LetterDetails(null, null, describe(plan, invoice)));
    }

    /** The first instalment not yet paid, with the moments to remind and to check it. */
    @Transactional(readOnly = true)
    public NextInstalment next(Long planId) {
        PaymentPlan plan = plan(planId);
        Instalment next = plan.getInstalments().stream().filter(i -> !i.isPaid()).findFirst()
                .orElseThrow(() -> new IllegalStateException("payment plan " + planId
                        + " has every instalment paid but its case is still open: check the invoice's balance"));
        Invoice invoice = invoice(plan.getInvoiceId());
        return new NextInstalment(next.getNumber(), next.getDueDate(), new Money(next.getAmount(), invoice.currency()),
                planner.atContactHour(next.getDueDate().minus(policy.paymentPlan().reminderBefore())),
                deadline(next.getDueDate()));
    }

    public void sendReminder(Long planId, int number) {
        PaymentPlan plan = plan(planId);
        Instalment instalment = plan.instalment(number);
        Invoice invoice = invoice(plan.getInvoiceId());
        letters.send(plan.getInvoiceId(), LetterType.INSTALMENT_REMINDER,
                LetterType.INSTALMENT_REMINDER.name() + ":" + planId + ":" + number + ":" + instalment.getDueDate(),
                new LetterDetails(instalment.getDueDate(), new Money(instalment.getAmount(), invoice.currency()), null));
    }

    /**
     * Whether everything due up to this instalment has come in since the plan was agreed; marks the instalments
     * accordingly.
     */
    @Transactional
    public boolean checkInstalment(Long planId, int number) {
        PaymentPlan plan = plan(planId);
        Invoice invoice = invoice(plan.getInvoiceId());
        BigDecimal received = invoice.paid().plus(invoice.credited()).amount().subtract(plan.getSettledAtAgreement());
        BigDecimal due = plan.dueUpTo(number);
        boolean paid = received.compareTo(due) >= 0;
        Instalment instalment = plan.instalment(number);
        if (paid) {
            plan.getInstalments().stream().filter(i -> i.getNumber() <= number).forEach(Instalment::markPaid);
        } else {
            instalment.markMissed();
        }
        Money shortfall = new Money(due.subtract(received), invoice.currency());
        dossier.record(plan.getInvoiceId(), EntryType.INSTALMENT, "Instalment " + number + " of "
                + new Money(instalment.getAmount(), invoice.currency()) + " due " + instalment.getDueDate()
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
                        "must be within " + policy.paymentPlan().maxInterval() + " of today (policy)");
            }
        }
        errors.maxLength(notes, InputLimits.CALL_NOTES, "callNotes");
        errors.throwIfAny();
        PaymentPlan plan = plan(planId);
        dossier.record(plan.getInvoiceId(), EntryType.CALL, "Call about missed instalment " + number + ": " + outcome
                + (outcome == InstalmentOutcome.RESCHEDULED ? " to " + newDueDateValue.substring(0, 10) : "")
                + (notes == null || notes.isBlank() ? "" : ". Notes: " + notes.strip()), actor);
        return outcome;
    }

    /** Moves the instalment to its agreed new date. */
    @Transactional
    public void reschedule(Long planId, int number, LocalDate newDueDate) {
        PaymentPlan plan = plan(planId);
        plan.instalment(number).moveTo(newDueDate);
        dossier.record(plan.getInvoiceId(), EntryType.INSTALMENT, "Instalment " + number + " rescheduled to "
                + newDueDate, Dossier.SYSTEM);
    }

    /** The customer says the money is on its way: the moment to check again. */
    public ZonedDateTime paymentExpectedBy() {
        return deadline(planner.today());
    }

    /** The plan failed: the whole remaining balance is due at once, and the customer is told so. */
    @Transactional
    public void declareDefaulted(Long planId) {
        PaymentPlan plan = plan(planId);
        plan.defaulted();
        Invoice invoice = invoice(plan.getInvoiceId());
        dossier.record(plan.getInvoiceId(), EntryType.AGREEMENT, "Payment plan defaulted: the remaining balance of "
                + invoice.balance() + " is due at once", Dossier.SYSTEM);
        letters.send(plan.getInvoiceId(), LetterType.PLAN_DEFAULTED, LetterType.PLAN_DEFAULTED.name() + ":" + planId,
                LetterDetails.none());
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
                    "must be at most " + max + " (policy)");
            return period;
        } catch (DateTimeParseException e) {
            errors.reject("instalmentInterval", "must be an ISO 8601 period such as P1M or P2W");
            return null;
        }
    }

    private static long days(Period p) {
        return p.toTotalMonths() * 30 + p.getDays();
    }

    private static String describe(PaymentPlan plan, Invoice invoice) {
        return plan.getInstalments().stream()
                .map(i -> new Money(i.getAmount(), invoice.currency()) + " on " + i.getDueDate())
                .collect(Collectors.joining(", "));
    }

    private PaymentPlan plan(Long planId) {
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("no payment plan " + planId));
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow();
    }
}
