package org.collections.invoice;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.text.InputLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books payments to one invoice. Idempotent by reference; a payment that cannot be booked is kept as unmatched, never
 * dropped. The booking itself is {@link PaymentBooking}'s, shared with payments to a customer account. The invoice
 * takes what settles it; the rest of an over-payment, and all of a payment for an invoice closed already, is credit
 * on the customer's account ({@link CustomerCredit}).
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final PaymentBooking booking;
    private final CustomerCredit credits;
    private final InvoiceRepository invoices;
    private final Dossier dossier;
    private final Clock clock;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    public PaymentService(PaymentRepository payments, PaymentBooking booking, CustomerCredit credits,
            InvoiceRepository invoices, Dossier dossier, Clock clock, Validator validator,
            ApplicationEventPublisher events) {
        this.events = events;
        this.payments = payments;
        this.booking = booking;
        this.credits = credits;
        this.invoices = invoices;
        this.dossier = dossier;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Books a payment. When the same case changes at the same moment (another payment, a step of the case being
     * executed), the whole booking is retried in a new transaction; the caller never sees the conflict.
     * {@code unreadable} names the fields the API could not read (null in the request); they are refused with
     * everything else that is wrong, and then nothing is stored, not even as unmatched.
     */
    @Transactional
    @Retryable(retryFor = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxAttempts = 6,
            backoff = @Backoff(delay = 20, multiplier = 2, random = true), listeners = "concurrencyRetries")
    public PaymentOutcome record(String invoiceNumber, RecordPaymentRequest request, Map<String, String> unreadable,
            String actor) {
        FieldErrors errors = FieldErrors.validate(validator, request, unreadable);
        Currency currency = errors.checkPayment(request.amount(), request.currency(), request.paidAt(),
                booking.today());
        // stored with the payment even when no invoice has it, so it must fit the column invoice numbers have
        errors.maxLength(invoiceNumber, InputLimits.INVOICE_NUMBER, "number").throwIfAny();
        Money amount = new Money(request.amount(), currency);

        Optional<PaymentReference.Kind> used = booking.usedBy(request.reference());
        if (used.isPresent()) {
            if (used.get() != PaymentReference.Kind.INVOICE) {
                throw new PaymentConflictException("reference " + request.reference()
                        + " was already used for a payment to a customer account");
            }
            return repeat(payments.findByReferenceAndAccountPaymentIdIsNull(request.reference()).orElseThrow(),
                    invoiceNumber, amount);
        }
        booking.claim(request.reference(), PaymentReference.Kind.INVOICE);
        Optional<Invoice> target = invoices.findByNumber(invoiceNumber);
        if (target.isEmpty()) {
            Payment payment = unmatched(invoiceNumber, request, amount, "no invoice with number " + invoiceNumber);
            log.warn("Payment {} over {} for unknown invoice {} kept as unmatched", request.reference(), amount,
                    invoiceNumber);
            return new PaymentOutcome(payment, null, false);
        }
        Invoice invoice = target.get();
        if (!invoice.currency().equals(currency)) {
            Payment payment = unmatched(invoiceNumber, request, amount,
                    "currency " + currency + " differs from the invoice's " + invoice.currency());
            dossier.record(invoice.getId(), EntryType.PAYMENT, "Payment " + amount + " (reference "
                    + request.reference() + ") kept as unmatched: not in the invoice's currency", actor);
            return new PaymentOutcome(payment, invoice, false);
        }
        // the account first, then the invoice: the order account payments lock them in
        credits.lockAccount(invoice);
        String received = "Payment " + amount + " received (reference " + request.reference() + ", paid "
                + request.paidAt() + ")";
        if (!invoice.isOpen()) {
            return new PaymentOutcome(creditInFull(invoice, request, amount, received, actor), invoice, false);
        }
        Money toCredit = amount.minus(booking.settles(invoice, amount, request.paidAt()));
        if (!toCredit.isPositive()) {
            return new PaymentOutcome(booking.pay(invoice, request.reference(), amount, request.paidAt(), null,
                    received, actor), invoice, false);
        }
        Payment payment = booking.pay(invoice, request.reference(), amount, toCredit, request.paidAt(), null,
                received + ", " + amount.minus(toCredit) + " of it settles the invoice", actor);
        Money credit = credits.keep(invoice, toCredit, "over-payment of invoice " + invoice.getNumber() + " (payment "
                + amount + ", reference " + request.reference() + ")", actor);
        dossier.record(invoice.getId(), EntryType.PAYMENT, "Overpaid by " + toCredit
                + ": kept as credit on the customer's account (credit now " + credit + ")", actor);
        log.info("Payment {} over {} to invoice {}: {} beyond what it owed kept as credit", request.reference(),
                amount, invoice.getNumber(), toCredit);
        return new PaymentOutcome(payment, invoice, false);
    }

    /** A payment for an invoice closed already: the invoice stays as it is, the money is the customer's credit. */
    private Payment creditInFull(Invoice invoice, RecordPaymentRequest request, Money amount, String received,
            String actor) {
        Payment payment = booking.creditInFull(invoice, request.reference(), amount, request.paidAt());
        Money credit = credits.keep(invoice, amount, "payment " + amount + " (reference " + request.reference()
                + ") for invoice " + invoice.getNumber() + ", " + invoice.getStatus() + " already", actor);
        dossier.record(invoice.getId(), EntryType.PAYMENT, received + " for the invoice, which is "
                + invoice.getStatus() + " already: all of it kept as credit on the customer's account (credit now "
                + credit + ")", actor);
        log.info("Payment {} over {} to invoice {}, {} already, kept as credit", request.reference(), amount,
                invoice.getNumber(), invoice.getStatus());
        return payment;
    }

    private Payment unmatched(String invoiceNumber, RecordPaymentRequest request, Money amount, String why) {
        Payment payment = new Payment(request.reference(), invoiceNumber, amount, request.paidAt(), clock.instant());
        payment.keepUnmatched(why);
        Payment kept = payments.saveAndFlush(payment);
        events.publishEvent(new InvoiceEvents.PaymentKeptUnmatched(kept.getId(), kept.getReference(), invoiceNumber,
                amount, request.paidAt(), why));
        return kept;
    }

    /** A payment kept as unmatched, for the agent who decides where it goes. */
    @Transactional(readOnly = true)
    public Payment unmatched(Long paymentId) {
        return payments.findById(paymentId).orElseThrow(() -> new IllegalStateException("no payment " + paymentId));
    }

    /**
     * Settles a payment kept as unmatched: booked by an agent's decision under a reference of its own ({@code
     * MATCHED}, the note says where), or not ours. Refused when it is no longer unmatched.
     */
    @Transactional
    public void settleUnmatched(Long paymentId, PaymentStatus outcome, String why) {
        stillUnmatched(paymentId).settle(outcome, why);
    }

    private Payment stillUnmatched(Long paymentId) {
        Payment payment = payments.findById(paymentId)
                .orElseThrow(() -> new IllegalStateException("no payment " + paymentId));
        if (payment.getStatus() != PaymentStatus.UNMATCHED) {
            throw InvalidInputException.of("matchTo", "the payment is " + payment.getStatus() + " already");
        }
        return payment;
    }

    @Transactional(readOnly = true)
    public List<Payment> unmatched(int page, int size) {
        return payments.findByStatusOrderByReceivedAtAscIdAsc(PaymentStatus.UNMATCHED,
                org.springframework.data.domain.PageRequest.of(page, size));
    }

    private PaymentOutcome repeat(Payment known, String invoiceNumber, Money amount) {
        if (!known.getInvoiceNumber().equals(invoiceNumber) || !known.amount().equals(amount)) {
            throw new PaymentConflictException("reference " + known.getReference()
                    + " was already used for a payment of " + known.amount() + " to invoice " + known.getInvoiceNumber());
        }
        Invoice invoice = known.getStatus() != PaymentStatus.UNMATCHED
                ? invoices.findByNumber(known.getInvoiceNumber()).orElse(null)
                : null;
        return new PaymentOutcome(known, invoice, true);
    }
}
