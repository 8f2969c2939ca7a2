package org.collections.bank;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.collections.customer.Customer;
import org.collections.customer.CustomerRepository;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.invoice.Payment;
import org.collections.invoice.PaymentStatus;
import org.collections.invoice.PaymentService;
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
    private static final String PREFIX = BankEntry.CASE_PREFIX;

    private final BankEntryRepository entries;
    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final PaymentService payments;
    private final PaymentPosting posting;
    private final Clock clock;

    public PaymentMatching(BankEntryRepository entries, InvoiceRepository invoices, CustomerRepository customers,
            PaymentService payments, PaymentPosting posting, Clock clock) {
        this.entries = entries;
        this.invoices = invoices;
        this.customers = customers;
        this.payments = payments;
        this.posting = posting;
        this.clock = clock;
    }

    /** The payment a Match payment case is about, found by the case's business key (its payment reference). */
    @Transactional(readOnly = true)
    public BankEntry entry(String businessKey) {
        return find(businessKey);
    }

    /**
     * Carries out the agent's decision on the payment the case is about: a bank payment ({@code BANK-<id>}) or a
     * payment the API kept as unmatched ({@code PAYMENT-<id>}).
     */
    /** What the payment a Match payment case is about brings in: the task's priority. */
    @Transactional(readOnly = true)
    public Money amountOf(String businessKey) {
        if (businessKey != null && businessKey.startsWith(UnmatchedPayments.PREFIX)) {
            return payments.unmatched(Long.parseLong(businessKey.substring(UnmatchedPayments.PREFIX.length())))
                    .amount();
        }
        return find(businessKey).money();
    }

    @Transactional
    public MatchDecision decide(String businessKey, MatchRequest request, String actor) {
        FieldErrors errors = new FieldErrors();
        errors.maxLength(request.matchNotes(), InputLimits.MATCH_NOTES, "matchNotes")
                .maxLength(request.matchOther(), InputLimits.MATCH_OTHER, "matchOther");
        String choice = request.matchTo() == null ? "" : request.matchTo().strip();
        errors.check(!choice.isEmpty(), "matchTo", "must say where the payment goes, or NOT_OURS").throwIfAny();
        String notes = request.matchNotes() == null || request.matchNotes().isBlank() ? ""
                : ": " + request.matchNotes().strip();
        String other = request.matchOther() == null ? "" : request.matchOther().strip();
        Target target = target(choice, other);
        if (businessKey != null && businessKey.startsWith(UnmatchedPayments.PREFIX)) {
            return decideReported(Long.parseLong(businessKey.substring(UnmatchedPayments.PREFIX.length())), target,
                    notes, actor);
        }
        BankEntry entry = find(businessKey);
        if (entry.getStatus() != EntryStatus.TO_MATCH) {
            throw InvalidInputException.of("matchTo", "the payment is " + entry.getStatus() + " already");
        }
        if (target.notOurs()) {
            entry.notOurs("not a customer's payment, says " + actor + notes, actor, clock.instant());
            log.info("Bank payment {} marked not ours by {}", entry.getEntryKey(), actor);
            return MatchDecision.NOT_OURS;
        }
        if (target.invoice() != null) {
            bookOnInvoice(entry, target.invoice(), entry.money(), notes, actor);
        } else {
            bookOnAccount(entry, target.customer(), entry.money(), notes, actor);
        }
        return MatchDecision.BOOKED;
    }

    /** Where the agent said the payment goes: an invoice, an account, or nowhere (not ours). */
    private record Target(Invoice invoice, Customer customer) {

        boolean notOurs() {
            return invoice == null && customer == null;
        }
    }

    private Target target(String choice, String other) {
        if (MatchRequest.NOT_OURS.equals(choice)) {
            return new Target(null, null);
        }
        if (choice.startsWith(PaymentMatch.Candidate.INVOICE)) {
            return new Target(invoice(choice.substring(PaymentMatch.Candidate.INVOICE.length()), "matchTo"), null);
        }
        if (choice.startsWith(PaymentMatch.Candidate.ACCOUNT)) {
            return new Target(null, customer(choice.substring(PaymentMatch.Candidate.ACCOUNT.length()), "matchTo"));
        }
        if (MatchRequest.OTHER.equals(choice)) {
            Optional<Invoice> invoice = invoices.findByNumber(other);
            if (invoice.isPresent()) {
                return new Target(invoice.get(), null);
            }
            return new Target(null, customers.findByNumber(other).orElseThrow(() -> InvalidInputException.of(
                    "matchOther", "names no invoice or customer: give an invoice number or a customer number")));
        }
        throw InvalidInputException.of("matchTo", "must be one of the candidates, OTHER or NOT_OURS");
    }

    /**
     * A payment the API kept as unmatched: booked where the agent chose under a reference of its own (the reported one
     * names the unmatched payment, which keeps it and says where it went), as a payment to that invoice or account
     * would be, an over-payment or a closed invoice's payment becoming credit; or not ours.
     */
    private MatchDecision decideReported(Long paymentId, Target target, String notes, String actor) {
        if (target.notOurs()) {
            payments.settleUnmatched(paymentId, PaymentStatus.NOT_OURS, "not a customer's payment, says " + actor
                    + notes);
            return MatchDecision.NOT_OURS;
        }
        Payment payment = payments.unmatched(paymentId);
        Money amount = payment.amount();
        // written as no invoicing system writes its own (a colon), so it never meets one reported through the API
        String reference = "matched:" + paymentId;
        if (target.invoice() != null) {
            checkCurrency(target.invoice(), amount);
            payments.settleUnmatched(paymentId, PaymentStatus.MATCHED, "booked on invoice "
                    + target.invoice().getNumber() + " as " + reference + " by " + actor + notes);
            posting.onInvoice(target.invoice().getNumber(), amount, payment.getPaidAt(), reference, actor);
        } else {
            payments.settleUnmatched(paymentId, PaymentStatus.MATCHED, "booked on the account of customer "
                    + target.customer().getNumber() + " as " + reference + " by " + actor + notes);
            posting.onAccount(target.customer().getNumber(), amount, payment.getPaidAt(), reference, List.of(),
                    actor);
        }
        return MatchDecision.BOOKED;
    }

    private static void checkCurrency(Invoice invoice, Money amount) {
        if (!invoice.currency().equals(amount.currency())) {
            throw InvalidInputException.of("matchTo", "invoice " + invoice.getNumber() + " is in "
                    + invoice.currency() + ", the payment in " + amount.currency());
        }
    }

    private void bookOnInvoice(BankEntry entry, Invoice invoice, Money amount, String notes, String actor) {
        checkCurrency(invoice, amount);
        posting.onInvoice(invoice.getNumber(), amount, entry.getBookedOn(), entry.paymentReference(), actor);
        entry.bookedOnInvoice(invoice.getNumber(), invoice.getCustomer().getNumber(), "booked on invoice "
                + invoice.getNumber() + " by " + actor + notes, actor, clock.instant());
        log.info("Bank payment {} booked on invoice {} by {}", entry.getEntryKey(), invoice.getNumber(), actor);
    }

    private void bookOnAccount(BankEntry entry, Customer customer, Money amount, String notes, String actor) {
        posting.onAccount(customer.getNumber(), amount, entry.getBookedOn(), entry.paymentReference(), List.of(),
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
