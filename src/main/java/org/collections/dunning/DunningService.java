package org.collections.dunning;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.collections.calendar.ContactHours;
import org.collections.claim.Claim;
import org.collections.claim.ClaimService;
import org.collections.customer.Customer;
import org.collections.customer.CustomerLocks;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceEvents;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.PaymentRepository;
import org.collections.invoice.Payment;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Money;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.policy.CaseSchedule;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The automated rungs of the dunning ladder: schedule, reminders, notices, late fee, final demand, receipt. */
@Service
public class DunningService {

    private static final String FINAL_DEMAND_14 = LetterDetails.FINAL_DEMAND_FOURTEEN_DAY_STEP;

    private final InvoiceRepository invoices;
    private final CustomerLocks locks;
    private final SchedulePlanner planner;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClaimService claims;
    private final TransactionTemplate ownTransaction;
    private final PaymentRepository payments;

    public DunningService(InvoiceRepository invoices, CustomerLocks locks, SchedulePlanner planner,
            LetterService letters, Dossier dossier, Clock clock, ApplicationEventPublisher events, ClaimService claims,
            PlatformTransactionManager transactions, PaymentRepository payments) {
        this.payments = payments;
        this.invoices = invoices;
        this.locks = locks;
        this.planner = planner;
        this.letters = letters;
        this.dossier = dossier;
        this.clock = clock;
        this.events = events;
        this.claims = claims;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Plans (or, after a dispute, re-plans) the case from its due date and the invoice's age today. */
    @Transactional
    public PlannedCase plan(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        ContactHours hours = invoice.getCustomer().hours(planner.zone());
        CaseSchedule schedule = planner.plan(invoice.getDueDate(), hours);
        Stage start = planner.stageMatchingAge(invoice.getDueDate(), hours);
        invoice.moveTo(start);
        dossier.record(invoiceId, EntryType.SCHEDULE, "Collection planned from due date " + invoice.getDueDate()
                + ", starting at stage " + start + ": day 1 " + schedule.day1At().toLocalDate()
                + ", day 30 " + schedule.day30At().toLocalDate() + ", day 60 " + schedule.day60At().toLocalDate(),
                Dossier.SYSTEM);
        return new PlannedCase(schedule, start, invoice.hasOngoingWork());
    }

    /**
     * After a promise to pay or a hold: back onto the ladder at the stage the case was at (after a broken promise, the
     * next one: the promise answered that stage's call), or at the stage matching the invoice's age when that is
     * later. One stage at a time: the letters the hold skipped are not sent in a burst; a stage re-entered sends no
     * letter twice (each letter has its key).
     */
    @Transactional
    public PlannedCase resume(Long invoiceId, boolean promiseBroken) {
        Invoice invoice = invoice(invoiceId);
        ContactHours hours = invoice.getCustomer().hours(planner.zone());
        CaseSchedule schedule = planner.plan(invoice.getDueDate(), hours);
        Stage age = planner.stageMatchingAge(invoice.getDueDate(), hours);
        Stage held = invoice.getStage();
        Stage floor = held.ordinal() > Stage.DAY_60.ordinal() ? age
                : promiseBroken && held != Stage.DAY_60 ? Stage.values()[held.ordinal() + 1] : held;
        Stage start = age.ordinal() > floor.ordinal() ? age : floor;
        invoice.moveTo(start);
        dossier.record(invoiceId, EntryType.SCHEDULE, "Dunning ladder goes on at stage " + start + " (day 30 "
                + schedule.day30At().toLocalDate() + ", day 60 " + schedule.day60At().toLocalDate() + ")",
                Dossier.SYSTEM);
        return new PlannedCase(schedule, start, invoice.hasOngoingWork());
    }

    public void sendPreDueReminder(Long invoiceId) {
        enter(invoiceId, Stage.PRE_DUE);
        letters.send(invoiceId, LetterType.PRE_DUE_REMINDER, LetterType.PRE_DUE_REMINDER.name(), LetterDetails.none());
    }

    public void sendOverdueReminder(Long invoiceId) {
        enter(invoiceId, Stage.DAY_1);
        letters.send(invoiceId, LetterType.OVERDUE_REMINDER, LetterType.OVERDUE_REMINDER.name(), LetterDetails.none());
    }

    /**
     * Resends the invoice by email and post after the customer could not be reached ("resend the invoice every
     * week"), once per round of calls of a stage; answers when to call again: a week later, on a contact day.
     */
    public ZonedDateTime resendInvoice(Long invoiceId, int round) {
        Invoice invoice = invoice(invoiceId);
        Stage stage = invoice.getStage();
        letters.send(invoiceId, LetterType.INVOICE_COPY, LetterType.INVOICE_COPY.name() + ":" + stage
                + (round > 1 ? ":" + round : ""), LetterDetails.none());
        return planner.contactMomentFrom(planner.today().plusWeeks(1), invoice.getCustomer().hours(planner.zone()));
    }

    /**
     * The day-30 stage: books every late fee due by now (the first at day 30, one more every period after, up to the
     * policy's cap; an invoice registered late owes what it would have owed) where the policy has a fee in the
     * invoice's currency and its contract allows one. Safe to repeat: each fee has its own key. Answers what this step
     * charged.
     */
    @Transactional
    public Money applyLateFee(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        invoice.moveTo(Stage.DAY_30);
        Money before = invoice.fees();
        Claim claim = claims.stageReached(invoice, Stage.DAY_30);
        Money charged = invoice.fees().minus(before);
        if (claim.lateFees().isEmpty()) {
            dossier.record(invoiceId, EntryType.FEE, "No late fee: " + claim.lateFeeNote(), Dossier.SYSTEM);
        }
        if (charged.isPositive() || claim.interest().isPositive() || claim.costs().isPositive()) {
            events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
        }
        return charged;
    }

    /**
     * The 30-day notice, stating exactly the late fees charged. For a Dutch consumer it is the 14-day letter
     * (veertiendagenbrief, art. 6:96 lid 6 BW): the notice with the term to pay and the collection costs owed after
     * it, before which no costs can be claimed.
     */
    public void sendLateNotice(Long invoiceId) {
        letters.send(invoiceId, LetterType.LATE_NOTICE, LetterType.LATE_NOTICE.name(),
                fourteenDayLetterRequired(invoiceId) ? fourteenDayLetter(invoiceId) : LetterDetails.none());
    }

    private boolean fourteenDayLetterRequired(Long invoiceId) {
        return Boolean.TRUE.equals(ownTransaction.execute(tx -> claims.fourteenDayLetterRequired(invoice(invoiceId))));
    }

    /** The 14-day letter's details; its term starts with the first one, committed before the letter is composed. */
    private LetterDetails fourteenDayLetter(Long invoiceId) {
        ClaimService.FourteenDayTerm term = ownTransaction.execute(tx -> claims.fourteenDayLetter(invoice(invoiceId)));
        return new LetterDetails(term.deadline(), term.costs(), null, LetterDetails.FOURTEEN_DAY);
    }

    /**
     * Day 30 with ongoing work: the delivery team stops work for the customer. Told once per customer: an invoice
     * reaching this stage while work is stopped already only holds it stopped too. The customer's row is locked, so
     * two invoices reaching day 30 at once still send one notice.
     */
    @Transactional
    public void notifyStopWork(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        Customer customer = locks.lock(invoice.getCustomer().getId());
        invoice.holdWork();
        if (customer.getWorkStoppedAt() != null) {
            dossier.record(invoiceId, EntryType.STOP_WORK, "Work for " + customer.getName() + " is stopped already "
                    + "(since " + planner.dateOf(customer.getWorkStoppedAt()) + "); it stays stopped until this "
                    + "invoice is settled too", Dossier.SYSTEM);
            return;
        }
        letters.send(invoiceId, LetterType.STOP_WORK, LetterType.STOP_WORK.name(), LetterDetails.none());
        customer.stopWork(clock.instant());
        dossier.record(invoiceId, EntryType.STOP_WORK, "Delivery team told to stop ongoing work for "
                + customer.getName() + " until paid", Dossier.SYSTEM);
        dossier.recordForAccount(customer.getId(), EntryType.STOP_WORK, "Work stopped: invoice "
                + invoice.getNumber() + " is 30 days overdue", Dossier.SYSTEM);
    }

    /**
     * The invoice is settled (paid, credited, cancelled): when it held work stopped and no other open invoice of the
     * customer does, the delivery team may resume. Safe to repeat.
     */
    @Transactional
    public void resumeWorkIfNothingHolds(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        if (!invoice.holdsWork()) {
            return;
        }
        Customer customer = locks.lock(invoice.getCustomer().getId());
        if (customer.getWorkStoppedAt() == null) {
            return;
        }
        if (invoices.existsByCustomerIdAndStatusAndWorkStoppedTrueAndIdNot(customer.getId(), InvoiceStatus.OPEN,
                invoiceId)) {
            dossier.record(invoiceId, EntryType.STOP_WORK, "Work for " + customer.getName()
                    + " stays stopped: other invoices of the customer are still unpaid", Dossier.SYSTEM);
            return;
        }
        letters.send(invoiceId, LetterType.RESUME_WORK, LetterType.RESUME_WORK.name(), LetterDetails.none());
        customer.resumeWork();
        dossier.record(invoiceId, EntryType.STOP_WORK, "Delivery team told that work for " + customer.getName()
                + " may resume", Dossier.SYSTEM);
        dossier.recordForAccount(customer.getId(), EntryType.STOP_WORK, "Work may resume: invoice "
                + invoice.getNumber() + " was the last one holding it", Dossier.SYSTEM);
    }

    /**
     * Sends the final demand (naming the principal, the late fees, the interest to date and the costs) and answers its
     * deadline. From this stage on (by default) the claim includes statutory interest and costs. A Dutch consumer who
     * has not had the 14-day letter (an invoice registered this late) gets it now instead: costs only after its term.
     */
    public ZonedDateTime sendFinalDemand(Long invoiceId) {
        // committed before the letter is composed, in a transaction of its own, so that it names the interest
        ownTransaction.executeWithoutResult(tx -> {
            Invoice invoice = invoice(invoiceId);
            invoice.moveTo(Stage.DAY_60);
            claims.stageReached(invoice, Stage.DAY_60);
        });
        // a Dutch consumer registered this late has not had the 14-day letter: the final demand is it
        boolean asFourteenDayLetter = fourteenDayLetterRequired(invoiceId) && ownTransaction.execute(
                tx -> invoice(invoiceId).getFourteenDayDeadline() == null) || letters.hasLetter(invoiceId, FINAL_DEMAND_14);
        if (asFourteenDayLetter) {
            LetterDetails details = fourteenDayLetter(invoiceId);
            letters.send(invoiceId, LetterType.FINAL_DEMAND, FINAL_DEMAND_14, details);
            return planner.contactMomentFrom(details.deadline().plusDays(1),
                    invoice(invoiceId).getCustomer().hours(planner.zone()));
        }
        ZonedDateTime deadline = planner.finalDemandDeadline(invoice(invoiceId).getCustomer().hours(planner.zone()));
        letters.send(invoiceId, LetterType.FINAL_DEMAND, LetterType.FINAL_DEMAND.name(),
                LetterDetails.deadline(deadline.toLocalDate()));
        return deadline;
    }

    public void sendReceipt(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        // what the payments brought beyond the invoice is the customer's credit now (a manager refunds or keeps it)
        Money overpaid = payments.findByInvoiceIdOrderByIdAsc(invoiceId).stream().map(Payment::toCredit)
                .reduce(Money.zero(invoice.currency()), Money::plus);
        if (invoice.balance().isNegative()) {
            overpaid = overpaid.plus(invoice.balance().negate());
        }
        // the note is written in the customer's language by the letter, not here
        LetterDetails details = overpaid.isPositive()
                ? new LetterDetails(null, overpaid, null).withNote("payment-receipt.note.overpaid", overpaid)
                : LetterDetails.none();
        letters.send(invoiceId, LetterType.PAYMENT_RECEIPT, LetterType.PAYMENT_RECEIPT.name(), details);
    }

    @Transactional
    public void enter(Long invoiceId, Stage stage) {
        Invoice invoice = invoice(invoiceId);
        invoice.moveTo(stage);
        claims.stageReached(invoice, stage);
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow(() -> new IllegalStateException("no invoice #" + invoiceId));
    }
}
