package org.collections.invoice;

public enum PaymentStatus {
    /** Booked on its invoice. */
    APPLIED,
    /** Kept aside: no such invoice, or not in the invoice's currency. Waits for a person to match it. */
    UNMATCHED
}
