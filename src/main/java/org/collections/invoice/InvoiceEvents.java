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

    /**
     * A payment reported through the API could not be booked (no such invoice, another currency) and is kept as
     * unmatched: a Match payment task is opened for it in the same transaction.
     */
    public record PaymentKeptUnmatched(Long paymentId, String reference, String reportedInvoice, Money amount,
            java.time.LocalDate paidAt, String why) {
    }

    /**
     * What the invoice's customer owes changed: a payment (to the invoice or its account, or credit used), a credit
     * note or a fee. Whatever shows the amount on screen (open tasks, the case's search variables) is refreshed from
     * it once the booking has committed, so a failed refresh never undoes a booking.
     */
    public record BalanceChanged(Long invoiceId, String number, String customerNumber) {

        public static BalanceChanged of(Invoice invoice) {
            return new BalanceChanged(invoice.getId(), invoice.getNumber(), invoice.getCustomer().getNumber());
        }
    }

    /**
     * A credit note lowered what is owed on an invoice that stays open: a payment plan it is in is recomputed on what
     * is owed now.
     */
    public record InvoicePartlyCredited(Long invoiceId, String number) {
    }

    /** A credit note from the invoicing system left nothing to pay: the case ends as credited. */
    public record InvoiceCredited(Long invoiceId, String number) {
    }

    /**
     * The invoice was closed as cancelled, by the invoicing system or at the end of a dispute: nothing is owed for it,
     * so letters about it that still wait are moot.
     */
    public record InvoiceVoided(Long invoiceId) {
    }

    /** The invoicing system cancelled the invoice: the case ends as cancelled. */
    public record InvoiceCancelled(Long invoiceId, String number) {
    }

    /** The invoicing system moved the due date: the case re-plans its stages from it. */
    public record DueDateChanged(Long invoiceId, String number) {
    }
}
