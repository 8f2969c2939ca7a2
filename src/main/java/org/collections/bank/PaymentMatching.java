package org.collections.bank;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.collections.customer.AccountPaymentRequest;
import org.collections.customer.AccountPaymentService;
import org.collections.customer.Customer;
import org.collections.customer.CustomerRepository;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.invoice.PaymentService;
import org.collections.invoice.RecordPaymentRequest;
import org.collections.text.InputLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's decision on a payment the bank reported and nothing could book with certainty: booked on the invoice or
 * customer account the agent chose, as a payment to it would be, or marked not ours. Checked before anything is
 * booked: a wrong choice keeps the task open with the reason.
 */
@Service
public class PaymentMatching {

    private static final Logger log = LoggerFactory.getLogger(PaymentMatching.class);
    private static final String PREFIX = "BANK-";

    private final BankEntryRepository entries;
    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final PaymentService payments;
    private final AccountPaymentService accountPayments;
    private final Clock clock;

    public PaymentMatching(BankEntryRepository entries, InvoiceRepository invoices, CustomerRepository customers,
            PaymentService payments, AccountPaymentService accountPayments, Clock clock) {
        this.entries = entries;
        this.invoices = invoices;
        this.customers = customers;
        this.payments = payments;
        this.accountPayments = accountPayments;
        this.clock = clock;
    }

    /** The payment a Match payment case is about, found by the case's business key (its payment reference). */
    @Transactional(readOnly = true)
    public BankEntry entry(String businessKey) {
        return find(businessKey);
    }

    @Transactional
    public MatchDecision decide(String businessKey, MatchRequest request, String actor) {
        BankEntry entry = find(businessKey);
        FieldErrors errors = new FieldErrors();
        errors.maxLength(request.matchNotes(), InputLimits.CALL_NOTES, "matchNotes")
                .maxLength(request.matchOther(), InputLimits.INVOICE_NUMBER, "matchOther");
        if (entry.getStatus() != EntryStatus.TO_MATCH) {
            errors.reject("matchTo", "the payment is " + entry.getStatus() + " already");
        }
        String choice = request.matchTo() == null ? "" : request.matchTo().strip();
        errors.check(!choice.isEmpty(), "matchTo", "must say where the payment goes, or NOT_OURS").throwIfAny();
        String notes = request.matchNotes() == null || request.matchNotes().isBlank() ? ""
                : ": " + request.matchNotes().strip();
        if (MatchRequest.NOT_OURS.equals(choice)) {
            entry.notOurs("not a customer's payment, says " + actor + notes, actor, clock.instant());
            log.info("Bank payment {} marked not ours by {}", entry.getEntryKey(), actor);
            return MatchDecision.NOT_OURS;
        }
        Money amount = entry.money();
        if (choice.startsWith(PaymentMatch.Candidate.INVOICE)) {
            bookOnInvoice(entry, invoice(choice.substring(PaymentMatch.Candidate.INVOICE.length()), "matchTo"),
                    amount, notes, actor);
        } else if (choice.startsWith(PaymentMatch.Candidate.ACCOUNT)) {
            bookOnAccount(entry, customer(choice.substring(PaymentMatch.Candidate.ACCOUNT.length()), "matchTo"),
                    amount, notes, actor);
        } else if (MatchRequest.OTHER.equals(choice)) {
            String other = request.matchOther() == null ? "" : request.matchOther().strip();
            Optional<Invoice> invoice = invoices.findByNumber(other);
            if (invoice.isPresent()) {
                bookOnInvoice(entry, invoice.get(), amount, notes, actor);
            } else {
                bookOnAccount(entry, customers.findByNumber(other).orElseThrow(() -> InvalidInputException.of(
                        "matchOther", "names no invoice or customer: give an invoice number or a customer number")),
                        amount, notes, actor);
            }
        } else {
            throw InvalidInputException.of("matchTo", "must be one of the candidates, OTHER or NOT_OURS");
        }
        return MatchDecision.BOOKED;
    }

    private void bookOnInvoice(BankEntry entry, Invoice invoice, Money amount, String notes, String actor) {
        if (!invoice.currency().equals(amount.currency())) {
            throw InvalidInputException.of("matchTo", "invoice " + invoice.getNumber() + " is in "
                    + invoice.currency() + ", the payment in " + amount.currency());
        }
        payments.record(invoice.getNumber(), new RecordPaymentRequest(amount.amount(),
                amount.currency().getCurrencyCode(), entry.getBookedOn(), entry.paymentReference()), Map.of(), actor);
        entry.bookedOnInvoice(invoice.getNumber(), invoice.getCustomer().getNumber(), "booked on invoice "
                + invoice.getNumber() + " by " + actor + notes, actor, clock.instant());
        log.info("Bank payment {} booked on invoice {} by {}", entry.getEntryKey(), invoice.getNumber(), actor);
    }

    private void bookOnAccount(BankEntry entry, Customer customer, Money amount, String notes, String actor) {
        accountPayments.pay(customer.getNumber(), new AccountPaymentRequest(amount.amount(),
                amount.currency().getCurrencyCode(), entry.getBookedOn(), entry.paymentReference(), null), Map.of(),
                actor);
        entry.bookedOnAccount(customer.getNumber(), "booked on the account of customer " + customer.getNumber()
                + " by " + actor + notes, actor, clock.instant());
        log.info("Bank payment {} booked on account {} by {}", entry.getEntryKey(), customer.getNumber(), actor);
    }

    private Invoice invoice(String number, String field) {
        return invoices.findByNumber(number).orElseThrow(() -> InvalidInputException.of(field,
                "names no invoice: " + number));
    }

    private Customer customer(String number, String field) {
        return customers.findByNumber(number).orElseThrow(() -> InvalidInputException.of(field,
                "names no customer: " + number));
    }

    private BankEntry find(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(PREFIX)) {
            throw new IllegalStateException("not a bank payment's case: " + businessKey);
        }
        return entries.findById(Long.parseLong(businessKey.substring(PREFIX.length())))
                .orElseThrow(() -> new IllegalStateException("no bank payment " + businessKey));
    }
}
