package org.collections.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Answer of {@code POST /api/invoices/{number}/payments}: the payment, how much of it was booked on the invoice and
 * how much kept as credit on the customer's account (an over-payment, or a payment for a closed invoice), and the
 * invoice's balance and status. An unmatched payment has neither.
 */
public record PaymentView(String reference, String invoiceNumber, BigDecimal amount, String currency,
        LocalDate paidAt, Instant receivedAt, PaymentStatus status, String note, BigDecimal booked,
        BigDecimal toCredit, BigDecimal invoiceBalance, InvoiceStatus invoiceStatus) {

    static PaymentView of(PaymentOutcome o) {
        Payment p = o.payment();
        Invoice i = o.invoice();
        boolean matched = i != null && p.getStatus() != PaymentStatus.UNMATCHED;
        return new PaymentView(p.getReference(), p.getInvoiceNumber(), p.amount().amount(),
                p.amount().currency().getCurrencyCode(), p.getPaidAt(), p.getReceivedAt(), p.getStatus(), p.getNote(),
                matched ? p.booked().amount() : null, matched ? p.toCredit().amount() : null,
                matched ? i.balance().amount() : null, matched ? i.getStatus() : null);
    }
}
