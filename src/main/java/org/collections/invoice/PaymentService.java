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
 * Books payments. Idempotent by reference; a payment that cannot be booked is kept as unmatched, never dropped.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final Dossier dossier;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    public PaymentService(PaymentRepository payments, InvoiceRepository invoices, Dossier dossier,
            ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.payments = payments;
        this.invoices = invoices;
        this.dossier = dossier;
        this.events = events;
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
        Currency currency = FieldErrors.currencyOrNull(request.currency());
        // stored with the payment even when no invoice has it, so it must fit the column invoice numbers have
        errors.maxLength(invoiceNumber, InputLimits.INVOICE_NUMBER, "number")
                .check(currency != null || errors.has("currency"), "currency", FieldErrors.CURRENCY_CODE)
                .checkScale(request.amount(), currency, "amount")
                .checkDate(request.paidAt(), "paidAt")
                .throwIfAny();
        Money amount = new Money(request.amount(), currency);

        Optional<Payment> known = payments.findByReference(request.reference());
        if (known.isPresent()) {
            return repeat(known.get(), invoiceNumber, amount);
        }
        Payment payment = new Payment(request.reference(), invoiceNumber, amount, request.paidAt(), clock.instant());
        Optional<Invoice> target = invoices.findByNumber(invoiceNumber);
        if (target.isEmpty()) {
            payment.keepUnmatched("no invoice with number " + invoiceNumber);
            payments.saveAndFlush(payment);
            log.warn("Payment {} over {} for unknown invoice {} kept as unmatched", request.reference(), amount,
                    invoiceNumber);
            return new PaymentOutcome(payment, null, false);
        }
        Invoice invoice = target.get();
        if (!invoice.currency().equals(currency)) {
            payment.keepUnmatched("currency " + currency + " differs from the invoice's " + invoice.currency());
            payments.saveAndFlush(payment);
            dossier.record(invoice.getId(), EntryType.PAYMENT, "Payment " + amount + " (reference "
                    + request.reference() + ") kept as unmatched: not in the invoice's currency", actor);
            return new PaymentOutcome(payment, invoice, false);
        }
        payment.applyTo(invoice);
        invoice.addPayment(amount);
        payments.save(payment);
        dossier.record(invoice.getId(), EntryType.PAYMENT, "Payment " + amount + " received (reference "
                + request.reference() + ", paid " + request.paidAt() + "); balance now " + invoice.balance(), actor);
        if (invoice.isOpen() && invoice.settledByDiscountOffer(request.paidAt())) {
            Money discount = invoice.balance();
            invoice.credit(discount);
            dossier.record(invoice.getId(), EntryType.CREDIT_NOTE, "Settlement offer accepted: " + discount
                    + " forgiven", actor);
        }
        if (invoice.isOpen() && !invoice.balance().isPositive()) {
            invoice.close(InvoiceStatus.PAID, clock.instant());
            if (invoice.balance().isNegative()) {
                dossier.record(invoice.getId(), EntryType.PAYMENT,
                        "Overpaid by " + invoice.balance().negate() + ": refund or credit due to the customer", actor);
            }
            events.publishEvent(new InvoiceEvents.InvoicePaidInFull(invoice.getId(), invoice.getNumber()));
        }
        invoices.saveAndFlush(invoice);
        return new PaymentOutcome(payment, invoice, false);
    }

    @Transactional(readOnly = true)
    public List<Payment> unmatched() {
        return payments.findByStatusOrderByReceivedAt(PaymentStatus.UNMATCHED);
    }

    private PaymentOutcome repeat(Payment known, String invoiceNumber, Money amount) {
        if (!known.getInvoiceNumber().equals(invoiceNumber) || !known.amount().equals(amount)) {
            throw new PaymentConflictException("reference " + known.getReference()
                    + " was already used for a payment of " + known.amount() + " to invoice " + known.getInvoiceNumber());
        }
        Invoice invoice = known.getStatus() == PaymentStatus.APPLIED
                ? invoices.findByNumber(known.getInvoiceNumber()).orElse(null)
                : null;
        return new PaymentOutcome(known, invoice, true);
    }
}
