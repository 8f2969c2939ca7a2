package org.collections.invoice;

/** What happened to a reported payment, and whether it was new or a repeat of one already known. */
public record PaymentOutcome(Payment payment, Invoice invoice, boolean repeated) {

    /** Found its invoice: booked on it, or kept as the customer's credit because the invoice was closed. */
    public boolean matched() {
        return payment.getStatus() != PaymentStatus.UNMATCHED;
    }
}
