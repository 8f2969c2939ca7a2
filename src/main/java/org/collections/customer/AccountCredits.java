package org.collections.customer;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.CustomerCredit;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Money;
import org.collections.invoice.PaymentBooking;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit on customer accounts, per currency: what payments brought beyond what the invoices owed (an account
 * payment beyond the open invoices, an over-payment of an invoice, a payment for an invoice closed already). It is
 * used for the customer's open invoices in that currency once a manager keeps it, and for the next one, unless a
 * manager refunds it ({@link CreditRefunds}): each
 * time a payment adds to it, a manager is asked. Every change runs in a transaction that holds the account's lock (a
 * payment, a registration, a refund), so two of them never change one credit at the same moment.
 */
@Service
public class AccountCredits implements CustomerCredit {

    private static final Logger log = LoggerFactory.getLogger(AccountCredits.class);

    private final AccountCreditRepository credits;
    private final PaymentBooking booking;
    private final Dossier dossier;
    private final SchedulePlanner planner;
    private final ClaimService claims;
    private final CustomerLocks locks;
    private final CreditRefunds refunds;
    private final InvoiceRepository invoices;

    public AccountCredits(AccountCreditRepository credits, PaymentBooking booking, Dossier dossier,
            SchedulePlanner planner, ClaimService claims, CustomerLocks locks, CreditRefunds refunds,
            InvoiceRepository invoices) {
        this.invoices = invoices;
        this.credits = credits;
        this.booking = booking;
        this.dossier = dossier;
        this.planner = planner;
        this.claims = claims;
        this.locks = locks;
        this.refunds = refunds;
    }

    /** The customer's credit in each currency that has any, by currency. */
    @Transactional(readOnly = true)
    public List<Money> of(Long customerId) {
        return credits.findByCustomerIdOrderByCurrencyAsc(customerId).stream().map(AccountCredit::amount)
                .filter(Money::isPositive).toList();
    }

    /** The customer's credit in one currency (zero when there is none). */
    Money in(Long customerId, Currency currency) {
        return credits.findByCustomerIdAndCurrency(customerId, currency.getCurrencyCode()).map(AccountCredit::amount)
                .orElse(Money.zero(currency));
    }

    /**
     * Adds money a payment brought beyond what the invoices owed to the account's credit, and asks a manager whether
     * it is refunded; {@code source} says where it came from. Runs under the account's lock (the caller holds it).
     * Answers the credit in its currency now.
     */
    Money fromPayment(Customer customer, Money money, String source) {
        AccountCredit credit = credits.findByCustomerIdAndCurrency(customer.getId(),
                money.currency().getCurrencyCode()).orElseGet(() -> new AccountCredit(customer.getId(),
                money.currency()));
        credit.add(money);
        Money now = credits.saveAndFlush(credit).amount();
        refunds.arisen(customer, money, source);
        return now;
    }

    @Override
    public void lockAccount(Invoice invoice) {
        locks.lock(invoice.getCustomer().getId());
    }

    /** An over-payment of an invoice, or a payment for a closed one: its account locked, then credited. */
    @Override
    @Transactional
    public Money keep(Invoice invoice, Money money, String source, String actor) {
        Customer customer = locks.lock(invoice.getCustomer().getId());
        Money now = fromPayment(customer, money, source);
        dossier.recordForAccount(customer.getId(), EntryType.PAYMENT, money + " kept as credit: " + source
                + "; credit now " + now, actor);
        log.info("Customer {}: {} kept as credit ({})", customer.getNumber(), money, source);
        return now;
    }

    /**
     * A manager kept a credit: it pays the customer's open invoices in its currency now, the oldest due date first,
     * so that no reminder asks for money the customer has with us; what is left waits for the next invoice. No more
     * than that credit is used (another one may still wait for its own decision), and no invoice in a dispute is paid
     * with it. Locks the account, as a payment to it does.
     *
     * @throws CustomerNotFoundException when there is no customer with that number
     */
    @Transactional
    public void useForOpenInvoices(String customerNumber, long refundId, String actor) {
        Customer customer = locks.lock(customerNumber).orElseThrow(() -> new CustomerNotFoundException(customerNumber));
        Money kept = refunds.of(refundId, customerNumber).amount();
        Money left = kept;
        for (Invoice invoice : invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                InvoiceStatus.OPEN)) {
            if (!left.isPositive()) {
                break;
            }
            if (invoice.currency().equals(kept.currency()) && invoice.getStage() != Stage.DISPUTE) {
                left = left.minus(use(invoice, left, actor));
            }
        }
    }

    /**
     * Uses the customer's credit in the invoice's currency for it, up to what it owes, as a payment: both dossiers
     * say so, and an invoice that this pays in full closes as PAID and ends its case (so its case must be open by
     * now). Runs in the registration's transaction, which holds the account's lock.
     */
    @Transactional
    public void useFor(Invoice invoice, String actor) {
        use(invoice, null, actor);
    }

    /** Uses credit for the invoice, no more than {@code most} (null: all there is); answers what it used. */
    private Money use(Invoice invoice, Money most, String actor) {
        Long customerId = invoice.getCustomer().getId();
        Money none = Money.zero(invoice.currency());
        Optional<AccountCredit> found = credits.findByCustomerIdAndCurrency(customerId,
                invoice.currency().getCurrencyCode());
        if (found.isEmpty() || !found.get().amount().isPositive() || !invoice.isOpen()) {
            return none;
        }
        claims.update(invoice);
        if (!invoice.balance().isPositive()) {
            return none;
        }
        AccountCredit credit = found.get();
        Money available = most != null && credit.amount().greaterThan(most) ? most : credit.amount();
        Money used = available.greaterThan(invoice.balance()) ? invoice.balance() : available;
        credit.take(used);
        credits.saveAndFlush(credit);
        booking.useCredit(invoice, used, planner.today(), "Credit " + used + " from the customer's account used",
                actor);
        dossier.recordForAccount(customerId, EntryType.PAYMENT, "Credit " + used + " used for invoice "
                + invoice.getNumber() + "; credit now " + credit.amount(), actor);
        log.info("Customer {}: credit {} used for invoice {}", invoice.getCustomer().getNumber(), used,
                invoice.getNumber());
        return used;
    }
}
