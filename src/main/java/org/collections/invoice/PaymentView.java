package org.collections.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record PaymentView(String reference, String invoiceNumber, BigDecimal amount, String currency,
        LocalDate paidAt, Instant receivedAt, PaymentStatus status, String note, BigDecimal invoiceBalance,
        InvoiceStatus invoiceStatus) {

    static PaymentView of(PaymentOutcome o) {
        Payment p = o.payment();
        Invoice i = o.invoice();
        boolean booked = i != null && p.getStatus() == PaymentStatus.APPLIED;
        return new PaymentView(p.getReference(), p.getInvoiceNumber(), p.amount().amount(),
                p.amount().currency().getCurrencyCode(), p.getPaidAt(), p.getReceivedAt(), p.getStatus(), p.getNote(),
                booked ? i.balance().amount() : null, booked ? i.getStatus() : null);
    }
}
