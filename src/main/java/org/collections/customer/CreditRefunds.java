package org.collections.customer;

import java.time.Clock;
import java.util.Currency;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.Money;
import org.collections.text.InputLimits;
import org.collections.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds of account credit. Each time money from a payment becomes credit, a manager decides whether the customer
 * gets it back or keeps it for the next invoice; a refund lowers the credit by that money, or by what is left of
 * the credit when the next invoice used some meanwhile. Every change of the credit holds the account's lock.
 */
@Service
public class CreditRefunds {

    private static final Logger log = LoggerFactory.getLogger(CreditRefunds.class);

    private final CreditRefundRepository refunds;
    private final AccountCreditRepository credits;
    private final CustomerRepository customers;
    private final CustomerLocks locks;
    private final Dossier dossier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CreditRefunds(CreditRefundRepository refunds, AccountCreditRepository credits,
            CustomerRepository customers, CustomerLocks locks, Dossier dossier, ApplicationEventPublisher events,
            Clock clock) {
        this.refunds = refunds;
        this.credits = credits;
        this.customers = customers;
        this.locks = locks;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
    }

    /** What a manager reads before deciding. */
    public record Briefing(String customerNumber, String customerName, String customerEmail, String customerPhone,
            Money amount, String source, Money creditNow) {
    }

    /**
     * Money from a payment became credit on the account: kept for a manager's decision, which is asked for at once
     * ({@link CreditArisen}, in this transaction). Runs in the transaction that added the credit.
     */
    void arisen(Customer customer, Money amount, String source) {
        CreditRefund refund = refunds.saveAndFlush(new CreditRefund(customer.getId(), amount,
                Texts.fit(source, CreditRefund.MAX_SOURCE), clock.instant()));
        events.publishEvent(new CreditArisen(refund.getId(), customer.getNumber()));
        log.info("Customer {}: credit {} from {}; a manager decides whether it is refunded", customer.getNumber(),
                amount, source);
    }

    /**
     * The credit a refund case is about. Its case names the customer by its business key and the credit by a
     * variable: the credit must be that customer's, or the step stops (an incident) instead of touching another
     * account.
     */
    @Transactional(readOnly = true)
    public CreditRefund of(long refundId, String customerNumber) {
        CreditRefund refund = refunds.findById(refundId)
                .orElseThrow(() -> new IllegalStateException("no credit refund #" + refundId));
        Customer customer = customers.findById(refund.getCustomerId()).orElseThrow();
        if (!customer.getNumber().equals(customerNumber)) {
            throw new IllegalStateException("credit refund #" + refundId + " is not of customer " + customerNumber);
        }
        return refund;
    }

    @Transactional(readOnly = true)
    public Briefing briefing(long refundId, String customerNumber) {
        CreditRefund refund = of(refundId, customerNumber);
        Customer customer = customers.findById(refund.getCustomerId()).orElseThrow();
        return new Briefing(customer.getNumber(), customer.getName(), customer.getEmail(), customer.getPhone(),
                refund.amount(), refund.getSource(), creditIn(customer.getId(), refund.amount().currency()));
    }

    /**
     * Checks and records a manager's decision. Keeping the credit is written into the account's dossier now; a
     * refund when it is booked ({@link #refund}).
     *
     * @throws org.collections.invoice.InvalidInputException naming the field
     */
    @Transactional
    public RefundDecision decide(long refundId, String customerNumber, String decisionValue, String notes,
            String actor) {
        FieldErrors errors = new FieldErrors();
        RefundDecision decision = errors.oneOf(decisionValue, RefundDecision.class, "refundDecision");
        errors.maxLength(notes, InputLimits.REFUND_NOTES, "refundNotes").throwIfAny();
        // A case pointed at another account's credit (its refundId edited in Cockpit) or at one decided already is
        // refused like a wrong form value: the manager completing the task is told why, and nothing is decided.
        CreditRefund refund = refunds.findById(refundId)
                .filter(r -> customers.findById(r.getCustomerId()).map(Customer::getNumber)
                        .filter(customerNumber::equals).isPresent())
                .orElseThrow(() -> InvalidInputException.of("refundId", "credit refund #" + refundId
                        + " is not a credit of customer " + customerNumber + ", whose case this is: the case's "
                        + "refundId was changed; set it back in Cockpit"));
        if (refund.getStatus() != CreditRefund.Status.OPEN) {
            throw InvalidInputException.of("refundDecision", "credit refund #" + refundId + " was decided already: "
                    + refund.getStatus());
        }
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        refund.decided(decision, actor, clock.instant(), cleanNotes);
        if (decision == RefundDecision.KEEP) {
            dossier.recordForAccount(refund.getCustomerId(), EntryType.DECISION, "Credit " + refund.amount() + " ("
                    + refund.getSource() + ") kept on the account, not refunded: it pays the customer's open invoices in "
                    + refund.amount().currency().getCurrencyCode() + ", and what is left the next one"
                    + notesOf(cleanNotes), actor);
        }
        log.info("Customer {}: credit {} ({}) to be {}", customerNumber, refund.amount(), refund.getSource(),
                decision == RefundDecision.KEEP ? "kept" : "refunded");
        return decision;
    }

    /**
     * Books the refund a manager decided: the credit is lowered by the money, or by what is left of the credit when
     * it was used meanwhile, never below zero; the account's dossier says who refunded what. A repeat (a retried
     * step) books nothing more. Answers what was refunded.
     */
    @Transactional
    public Money refund(long refundId, String customerNumber) {
        CreditRefund refund = of(refundId, customerNumber);
        if (refund.getStatus() == CreditRefund.Status.REFUNDED) {
            return refund.refunded();
        }
        locks.lock(refund.getCustomerId());
        Currency currency = refund.amount().currency();
        AccountCredit credit = credits.findByCustomerIdAndCurrency(refund.getCustomerId(),
                currency.getCurrencyCode()).orElseGet(() -> new AccountCredit(refund.getCustomerId(), currency));
        Money refunded = refund.refundFrom(credit.amount(), clock.instant());
        if (refunded.isPositive()) {
            credit.take(refunded);
            credits.saveAndFlush(credit);
        }
        refunds.saveAndFlush(refund);
        dossier.recordForAccount(refund.getCustomerId(), EntryType.PAYMENT,
                refundSummary(refund.amount(), refunded, refund.getSource(), refund.getDecidedBy(), credit.amount())
                        + notesOf(refund.getNotes()), refund.getDecidedBy());
        log.info("Customer {}: {} of credit {} refunded; credit now {}", customerNumber, refunded, refund.amount(),
                credit.amount());
        return refunded;
    }

    /** What the account's dossier says of a refund, including when less than decided was left to refund. */
    static String refundSummary(Money decided, Money refunded, String source, String by, Money creditNow) {
        if (refunded.equals(decided)) {
            return "Refunded " + refunded + " of the credit to the customer (" + source + "), decided by " + by
                    + "; credit now " + creditNow;
        }
        String meanwhile = " had been used meanwhile (for a new invoice or another refund); credit now " + creditNow;
        String decision = "Refund of " + decided + " (" + source + ") decided by " + by + ": ";
        return refunded.isPositive()
                ? decision + "only " + refunded + " refunded, the rest of the credit" + meanwhile
                : decision + "nothing refunded, the credit" + meanwhile;
    }

    private Money creditIn(Long customerId, Currency currency) {
        return credits.findByCustomerIdAndCurrency(customerId, currency.getCurrencyCode())
                .map(AccountCredit::amount).orElse(Money.zero(currency));
    }

    private static String notesOf(String notes) {
        return notes == null || notes.isBlank() ? "" : ". Notes: " + notes;
    }
}
