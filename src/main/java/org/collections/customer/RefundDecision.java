package org.collections.customer;

/** What a manager does with money of a customer that became credit on the account. */
public enum RefundDecision {
    /** pay it back to the customer */
    REFUND,
    /** leave it on the account for the customer's next invoice in that currency */
    KEEP
}
