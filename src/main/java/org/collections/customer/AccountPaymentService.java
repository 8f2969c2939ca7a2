package org.collections.customer;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.invoice.Payment;
import org.collections.invoice.PaymentBooking;
import org.collections.invoice.PaymentConflictException;
import org.collections.invoice.PaymentReference;
import org.collections.invoice.PaymentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments to a customer account as a whole (design section 9): booked on the customer's open invoices in the
 * payment's currency, the oldest due date first (ties: the invoice number), or as the payer's allocations say. Each
 * part is booked like a payment to its invoice; what is left is credit on the account, used for the customer's next
 * invoice in that currency. Money is never dropped: a payment in a currency the customer owes nothing in is credit.
 * Idempotent by reference, which no payment to an invoice may have used.
 */
@Service
public class AccountPaymentService {

    private static final Logger log = LoggerFactory.getLogger(AccountPaymentService.class);

    private final CustomerRepository customers;
    private final CustomerLocks locks;
    private final AccountPaymentRepository accountPayments;
    private final AccountCredits credits;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final PaymentBooking booking;
    private final Dossier dossier;
    private final Clock clock;
    private final Validator validator;
    private final ClaimService claims;

    public AccountPaymentService(CustomerRepository customers, CustomerLocks locks,
            AccountPaymentRepository accountPayments,
            AccountCredits credits, InvoiceRepository invoices, PaymentRepository payments, PaymentBooking booking,
            Dossier dossier, Clock clock, Validator validator, ClaimService claims) {
        this.customers = customers;
        this.locks = locks;
        this.accountPayments = accountPayments;
        this.credits = credits;
        this.invoices = invoices;
        this.payments = payments;
        this.booking = booking;
        this.dossier = dossier;
        this.clock = clock;
        this.validator = validator;
        this.claims = claims;
    }

    /** One part of the payment: this much on that invoice. */
    private record Part(Invoice invoice, Money amount) {
    }

    /**
     * Books a payment to the account in one transaction, with the account locked, so that two payments to one
     * account book one after the other; a collision with anything else changing one of its invoices (a payment to
     * it, a step of its case) retries the whole booking. {@code unreadable} names the fields the API could not read;
     * they are refused with everything else that is wrong, and then nothing is booked.
     */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public AccountPaymentOutcome pay(String customerNumber, AccountPaymentRequest request,
            Map<String, String> unreadable, String actor) {
        FieldErrors errors = FieldErrors.validate(validator, request, unreadable);
        Currency currency = errors.checkPayment(request.amount(), request.currency(), request.paidAt(),
                claims.today());
        List<AccountPaymentRequest.Allocation> allocations = request.allocations() == null ? List.of()
                : request.allocations();
        for (int i = 0; i < allocations.size(); i++) {
            if (allocations.get(i) != null) {
                errors.checkScale(allocations.get(i).amount(), currency, "allocations[" + i + "].amount");
            }
        }
        Customer customer = locks.lock(customerNumber)
                .orElseThrow(() -> new CustomerNotFoundException(customerNumber));
        if (errors.size() > 0) {
            // what is wrong with the allocations' invoices too, in the same answer
            allocated(customer, request.amount(), currency, allocations, errors);
            errors.throwIfAny();
        }
        Money amount = new Money(request.amount(), currency);
        Optional<PaymentReference.Kind> used = booking.usedBy(request.reference());
        if (used.isPresent()) {
            if (used.get() != PaymentReference.Kind.ACCOUNT) {
                throw new PaymentConflictException("reference " + request.reference()
                        + " was already used for a payment to an invoice");
            }
            return repeat(accountPayments.findByReference(request.reference()).orElseThrow(), customer, amount);
        }
        List<Part> parts = allocations.isEmpty() ? oldestFirst(customer, amount, request.paidAt())
                : allocated(customer, request.amount(), currency, allocations, errors);

        booking.claim(request.reference(), PaymentReference.Kind.ACCOUNT);
        AccountPayment payment = accountPayments.saveAndFlush(new AccountPayment(customer.getId(),
                request.reference(), amount, request.paidAt(), clock.instant()));
        List<Payment> booked = new ArrayList<>();
        List<Part> takenParts = new ArrayList<>();
        Money left = amount;
        for (Part part : parts) {
            // an allocation of the balance the payer saw, paid days ago, is more than the invoice owed that day
            Money taken = booking.settles(part.invoice(), part.amount(), request.paidAt());
            takenParts.add(new Part(part.invoice(), taken));
            booked.add(booking.pay(part.invoice(), request.reference(), taken, request.paidAt(),
                    payment.getId(), "Payment " + taken + " received on account " + customer.getNumber()
                            + " (reference " + request.reference() + " over " + amount + ", paid "
                            + request.paidAt() + ")", actor));
            left = left.minus(taken);
        }
        Money credit = left.isPositive()
                ? credits.fromPayment(customer, left, "payment " + amount + " to the account (reference "
                        + request.reference() + ") beyond its open invoices")
                : credits.in(customer.getId(), currency);
        payment.credited(left, credit);
        accountPayments.saveAndFlush(payment);
        dossier.recordForAccount(customer.getId(), EntryType.PAYMENT, summary(payment, takenParts, allocations.isEmpty()),
                actor);
        log.info("Payment {} over {} to account {}: {} invoice(s) booked, {} to credit", request.reference(), amount,
                customer.getNumber(), parts.size(), left);
        return new AccountPaymentOutcome(AccountPaymentView.of(customer.getNumber(), payment, booked), false);
    }

    /**
     * The open invoices in the payment's currency, oldest due date first, each up to what settles it (its balance,
     * or less where a settlement offer holds on the day paid), until the money is used up.
     */
    private List<Part> oldestFirst(Customer customer, Money amount, LocalDate paidAt) {
        List<Part> parts = new ArrayList<>();
        Money left = amount;
        for (Invoice invoice : invoices.findByCustomerIdOrderByDueDateAscNumberAsc(customer.getId())) {
            if (!left.isPositive()) {
                break;
            }
            if (!invoice.isOpen() || !invoice.currency().equals(amount.currency())) {
                continue;
            }
            Money part = booking.settles(invoice, left, paidAt);
            if (part.isPositive()) {
                parts.add(new Part(invoice, part));
                left = left.minus(part);
            }
        }
        return parts;
    }

    /**
     * The payer's allocations, each checked: an open invoice of this customer in the payment's currency, once, for no
     * more than its balance, together the payment's amount. Each problem is added to {@code errors}; a check that
     * needs a value the request got wrong (the amount, the currency) is left out, that value being named already.
     */
    private List<Part> allocated(Customer customer, BigDecimal total, Currency currency,
            List<AccountPaymentRequest.Allocation> allocations, FieldErrors errors) {
        List<Part> parts = new ArrayList<>();
        Set<String> named = new HashSet<>();
        boolean summable = total != null && currency != null && !errors.has("amount");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < allocations.size(); i++) {
            AccountPaymentRequest.Allocation allocation = allocations.get(i);
            String field = "allocations[" + i + "]";
            if (allocation == null || allocation.invoice() == null) {
                summable = false;
                continue;
            }
            boolean amountKnown = allocation.amount() != null && currency != null && !errors.has(field + ".amount");
            summable &= amountKnown;
            sum = amountKnown ? sum.add(allocation.amount()) : sum;
            if (!named.add(allocation.invoice())) {
                errors.reject(field + ".invoice", "names an invoice already named: one allocation per invoice");
                continue;
            }
            Optional<Invoice> found = invoices.findByNumber(allocation.invoice())
                    .filter(invoice -> invoice.getCustomer().getId().equals(customer.getId()));
            if (found.isEmpty()) {
                errors.reject(field + ".invoice", "is not an invoice of customer " + customer.getNumber());
                continue;
            }
            Invoice invoice = found.get();
            claims.update(invoice);
            if (!invoice.isOpen()) {
                errors.reject(field + ".invoice", "is " + invoice.getStatus() + ", not open");
            } else if (currency != null && !invoice.currency().equals(currency)) {
                errors.reject(field + ".invoice", "is in " + invoice.currency() + ", the payment in " + currency);
            } else if (amountKnown) {
                Money part = new Money(allocation.amount(), currency);
                if (part.greaterThan(invoice.balance())) {
                    errors.reject(field + ".amount", "is more than the invoice's balance of " + invoice.balance());
                } else {
                    parts.add(new Part(invoice, part));
                }
            }
        }
        if (summable) {
            Money amount = new Money(total, currency);
            Money made = new Money(sum, currency);
            errors.check(made.equals(amount), "allocations", "must add up to the amount " + amount + " (they make "
                    + made + ")");
        }
        errors.throwIfAny();
        return parts;
    }

    private AccountPaymentOutcome repeat(AccountPayment known, Customer customer, Money amount) {
        if (!known.getCustomerId().equals(customer.getId()) || !known.amount().equals(amount)) {
            String to = customers.findById(known.getCustomerId()).map(Customer::getNumber).orElse("?");
            throw new PaymentConflictException("reference " + known.getReference()
                    + " was already used for a payment of " + known.amount() + " to customer account " + to);
        }
        return new AccountPaymentOutcome(AccountPaymentView.of(customer.getNumber(), known,
                payments.findByAccountPaymentIdOrderByIdAsc(known.getId())), true);
    }

    private static String summary(AccountPayment payment, List<Part> parts, boolean oldestFirst) {
        Money amount = payment.amount();
        StringBuilder text = new StringBuilder("Payment " + amount + " received on the account (reference "
                + payment.getReference() + ", paid " + payment.getPaidAt() + "): ");
        if (parts.isEmpty()) {
            text.append(oldestFirst ? "no open invoice in " + amount.currency().getCurrencyCode() : "nothing booked");
        } else {
            text.append(oldestFirst ? "booked oldest due first: " : "booked as allocated: ");
            text.append(String.join(", ", parts.stream().map(p -> p.amount() + " on " + p.invoice().getNumber()
                    + (p.invoice().isOpen() ? " (balance now " + p.invoice().balance() + ")" : " (paid)")).toList()));
        }
        if (payment.toCredit().isPositive()) {
            text.append(parts.isEmpty() ? ", all of it kept as credit" : "; " + payment.toCredit() + " left as credit");
        }
        return text.append("; credit now ").append(payment.creditAfter()).toString();
    }
}
