package org.collections.invoice;

/**
 * What the invoice side tells the rest of the application. Published synchronously inside the transaction
 * that caused them, so a case that cannot be started rolls the registration back.
 */
public final class InvoiceEvents {

    private InvoiceEvents() {
    }

    public record InvoiceRegistered(Long invoiceId, String number, String customerNumber) {
    }

    public record InvoicePaidInFull(Long invoiceId, String number) {
    }
}
