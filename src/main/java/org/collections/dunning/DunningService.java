package org.collections.dunning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.collections.customer.Customer;
import org.collections.customer.CustomerLocks;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceEvents;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Money;
import org.collections.letters.LetterDetails;
import org.collections.letters.LetterService;
import org.collections.letters.LetterType;
import org.collections.policy.CaseSchedule;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The automated rungs of the dunning ladder: schedule, reminders, notices, late fee, final demand, receipt. */
@Service
public class DunningService {

    private final InvoiceRepository invoices;
    private final CustomerLocks locks;
    private final FeeChargeRepository fees;
    private final SchedulePlanner planner;
    private final CollectionPolicy policy;
    private final LetterService letters;
    private final Dossier dossier;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DunningService(InvoiceRepository invoices, CustomerLocks locks, FeeChargeRepository fees, SchedulePlanner planner,
            CollectionPolicy policy, LetterService letters, Dossier dossier, Clock clock,
            ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.locks = locks;
        this.fees = fees;
        this.planner = planner;
        this.policy = policy;
        this.letters = letters;
        this.dossier = dossier;
        this.clock = clock;
        this.events = events;
    }

    /** Plans (or, after a dispute, re-plans) the case from its due date and the invoice's age today. */
    @Transactional
    public PlannedCase plan(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        CaseSchedule schedule = planner.plan(invoice.getDueDate());
        Stage start = planner.stageMatchingAge(invoice.getDueDate());
        invoice.moveTo(start);
        dossier.record(invoiceId, EntryType.SCHEDULE, "Collection planned from due date " + invoice.getDueDate()
                + ", starting at stage " + start + ": day 1 " + schedule.day1At().toLocalDate()
                + ", day 30 " + schedule.day30At().toLocalDate() + ", day 60 " + schedule.day60At().toLocalDate(),
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

    /** Resends the invoice by email and post after the customer could not be reached in this stage. */
    public void resendInvoice(Long invoiceId) {
        Stage stage = invoice(invoiceId).getStage();
        letters.send(invoiceId, LetterType.INVOICE_COPY, LetterType.INVOICE_COPY.name() + ":" + stage,
                LetterDetails.none());
    }

    /**
     * Charges the late fee for every whole month late not charged yet, where the policy has a fee and the
     * invoice's contract allows it. Safe to repeat: each month's fee has its own key.
     */
    @Transactional
    public Money applyLateFee(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        invoice.moveTo(Stage.DAY_30);
        Money charged = Money.zero(invoice.currency());
        BigDecimal perMonth = policy.lateFee().amountPerMonth();
        if (perMonth.signum() == 0 || !invoice.isLateFeeAllowed()) {
            dossier.record(invoiceId, EntryType.FEE, perMonth.signum() == 0 ? "No late fee: the policy has none"
                    : "No late fee: the contract does not allow one", Dossier.SYSTEM);
            return charged;
        }
        long months = planner.monthsOverdue(invoice.getDueDate());
        for (long month = 1; month <= months; month++) {
            String key = "LATE_FEE_MONTH_" + month;
            if (fees.existsByInvoiceIdAndFeeKey(invoiceId, key)) {
                continue;
            }
            Money fee = new Money(perMonth, invoice.currency());
            fees.save(new FeeCharge(invoiceId, key, fee.amount(), clock.instant(), "late fee for month " + month));
            invoice.addFee(fee);
            charged = charged.plus(fee);
            dossier.record(invoiceId, EntryType.FEE, "Late fee " + fee + " for month " + month
                    + " late; balance now " + invoice.balance(), Dossier.SYSTEM);
        }
        if (charged.isPositive()) {
            events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
        }
        return charged;
    }

    public void sendLateNotice(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        letters.send(invoiceId, LetterType.LATE_NOTICE, LetterType.LATE_NOTICE.name(),
                new LetterDetails(null, invoice.fees(), null));
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

    /** Sends the final demand and answers its deadline. */
    public ZonedDateTime sendFinalDemand(Long invoiceId) {
        enter(invoiceId, Stage.DAY_60);
        ZonedDateTime deadline = planner.finalDemandDeadline();
        letters.send(invoiceId, LetterType.FINAL_DEMAND, LetterType.FINAL_DEMAND.name(),
                LetterDetails.deadline(deadline.toLocalDate()));
        return deadline;
    }

    public void sendReceipt(Long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        String note = invoice.balance().isNegative()
                ? "You paid " + invoice.balance().negate() + " more than was owed; we will refund it." : "";
        letters.send(invoiceId, LetterType.PAYMENT_RECEIPT, LetterType.PAYMENT_RECEIPT.name(),
                new LetterDetails(null, null, note));
    }

    @Transactional
    public void enter(Long invoiceId, Stage stage) {
        invoice(invoiceId).moveTo(stage);
    }

    private Invoice invoice(Long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow(() -> new IllegalStateException("no invoice #" + invoiceId));
    }
}
