package org.collections.invoice;

public enum PaymentStatus {
    /** Booked on its invoice. */
    APPLIED,
    /**
     * Reported for an invoice that was closed already (paid, cancelled, written off...): the invoice is left as it
     * was, and all of it is credit on the customer's account.
     */
    CREDITED,
    /** Kept aside: no such invoice, or not in the invoice's currency. Waits for a person to match it. */
    UNMATCHED,
    /** Was unmatched; an agent had it booked on a customer account (the note says which, and the booking's reference). */
    MATCHED,
    /** Was unmatched; an agent found it is not a customer's payment for an invoice. */
    NOT_OURS
}
