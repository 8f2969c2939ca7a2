package org.collections.invoice;

import java.math.BigDecimal;
import java.time.Instant;

/** Answer of {@code POST /api/invoices/{number}/credit-notes}: the credit note and what it left the invoice owing. */
public record CreditNoteView(String invoiceNumber, String reference, BigDecimal amount, String currency,
        String reason, Instant receivedAt, BigDecimal invoiceBalance, InvoiceStatus invoiceStatus) {

    static CreditNoteView of(String invoiceNumber, CreditNote note) {
        return new CreditNoteView(invoiceNumber, note.getReference(), note.amount().amount(),
                note.amount().currency().getCurrencyCode(), note.getReason(), note.getReceivedAt(),
                note.balanceAfter().amount(), note.getStatusAfter());
    }
}
