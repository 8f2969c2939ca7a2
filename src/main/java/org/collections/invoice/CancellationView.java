package org.collections.invoice;

import java.time.Instant;

/**
 * Answer of {@code POST /api/invoices/{number}/cancellation}; the same for a repeat. {@code reason} is empty for an
 * invoice cancelled at the end of a dispute rather than by the invoicing system.
 */
public record CancellationView(String invoiceNumber, InvoiceStatus status, String reason, Instant cancelledAt) {

    static CancellationView of(Invoice invoice, InvoiceCancellation cancellation) {
        return new CancellationView(invoice.getNumber(), invoice.getStatus(),
                cancellation == null ? null : cancellation.getReason(),
                cancellation == null ? invoice.getClosedAt() : cancellation.getCancelledAt());
    }
}
