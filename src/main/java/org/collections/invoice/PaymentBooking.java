package org.collections.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Books money on one invoice: a payment to the invoice, a part of a payment to its customer's account, or the
 * account's credit used for it. The same rules for all three: the dossier says what came in and what is still owed,
 * a settlement offer still open is honoured, and an invoice paid in full closes as PAID and ends its case. Runs in
 * the caller's transaction, which has checked that the invoice is open and in the money's currency. Money the invoice
 * does not owe ({@link #settles}) is not booked on it: the caller keeps it as credit on the customer's account.
 */
@Component
public class PaymentBooking {

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final PaymentReferenceRepository references;
    private final Dossier dossier;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClaimService claims;

    public PaymentBooking(PaymentRepository payments, InvoiceRepository invoices,
            PaymentReferenceRepository references, Dossier dossier, ApplicationEventPublisher events, Clock clock,
            ClaimService claims) {
        this.payments = payments;
        this.invoices = invoices;
        this.references = references;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
        this.claims = claims;
    }

    /** The day what an invoice owes is worked out as of; a payment dated later would not count. */
    public LocalDate today() {
        return claims.today();
    }

    /** The kind of payment that used {@code reference}, if any did. */
    public Optional<PaymentReference.Kind> usedBy(String reference) {
        return references.kindOf(reference);
    }

    /**
     * Takes {@code reference} for a new payment of this kind. A reference another transaction takes at the same
     * moment makes this one fail with a {@code DataIntegrityViolationException}: the caller's retry then finds it
     * used.
     */
    public void claim(String reference, PaymentReference.Kind kind) {
        references.claim(reference, kind.name());
    }

    /**
     * Books a payment on the invoice and keeps its payment row; {@code accountPaymentId} names the account payment
     * it is a part of (null for a payment to the invoice itself). {@code received} says in the dossier what came in.
     */
    public Payment pay(Invoice invoice, String reference, Money amount, LocalDate paidAt, Long accountPaymentId,
            String received, String actor) {
        return pay(invoice, reference, amount, Money.zero(amount.currency()), paidAt, accountPaymentId, received,
                actor);
    }

    /**
     * Books a payment of which the invoice takes all but {@code toCredit}: that part goes to the customer's account
     * (the caller keeps it there), and the payment row says so. {@code toCredit} is no more than what
     * {@link #settles} leaves over.
     */
    public Payment pay(Invoice invoice, String reference, Money amount, Money toCredit, LocalDate paidAt,
            Long accountPaymentId, String received, String actor) {
        Payment payment = new Payment(reference, invoice.getNumber(), amount, paidAt, clock.instant());
        payment.applyTo(invoice, accountPaymentId);
        if (toCredit.isPositive()) {
            payment.keepAsCredit(toCredit, toCredit + " beyond what the invoice owed kept as credit on the customer's"
                    + " account");
        }
        book(invoice, amount.minus(toCredit), paidAt, received, actor);
        payment.left(invoice);
        payments.save(payment);
        return payment;
    }

    /**
     * Keeps the row of a payment reported for an invoice that was closed already: the invoice is not changed, and all
     * of the money goes to the customer's account (the caller keeps it there).
     */
    public Payment creditInFull(Invoice invoice, String reference, Money amount, LocalDate paidAt) {
        Payment payment = new Payment(reference, invoice.getNumber(), amount, paidAt, clock.instant());
        payment.creditInFull(invoice, "invoice " + invoice.getStatus() + " already: all of it kept as credit on the"
                + " customer's account");
        payment.left(invoice);
        payments.save(payment);
        return payment;
    }

    /**
     * What of {@code amount}, paid on {@code paidAt}, the open invoice takes: all of it, or no more than settles it
     * (its balance, or less where a settlement offer holds that day). The claim is brought up to today first.
     */
    public Money settles(Invoice invoice, Money amount, LocalDate paidAt) {
        claims.update(invoice);
        Money settling = invoice.settlingAmount(paidAt).max(Money.zero(amount.currency()));
        Money taken = amount.greaterThan(settling) ? settling : amount;
        // Paid before today: interest stops on what the payment settles from the day it was paid, so less than
        // today's balance settles the invoice (also exactly the balance the payer saw), and what it would still owe
        // after it is below zero.
        Money after = claims.balanceIfPaid(invoice, taken, paidAt);
        return after.isNegative() ? taken.plus(after) : taken;
    }

    /** Books money the customer already had on the account (credit) on the invoice, as if paid on {@code on}. */
    public void useCredit(Invoice invoice, Money amount, LocalDate on, String received, String actor) {
        book(invoice, amount, on, received, actor);
    }

    private void book(Invoice invoice, Money amount, LocalDate paidAt, String received, String actor) {
        invoice.addPayment(amount, paidAt);
        // interest stops on what the payment settles from the day it was paid; the claim is brought up to today
        claims.update(invoice);
        dossier.record(invoice.getId(), EntryType.PAYMENT, received + "; balance now " + invoice.balance(), actor);
        if (invoice.isOpen() && invoice.settledByDiscountOffer(paidAt)) {
            // what was still owed that day: a fee that fell due after it was never owed once the offer settled it
            Money discount = claims.balanceOn(invoice, paidAt);
            invoice.credit(discount, paidAt);
            claims.update(invoice);
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
        events.publishEvent(InvoiceEvents.BalanceChanged.of(invoice));
    }
}
