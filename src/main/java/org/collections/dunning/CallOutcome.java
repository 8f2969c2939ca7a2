package org.collections.dunning;

/** What came of a call to the customer; the values are the form's {@code callOutcome} options. */
public enum CallOutcome {
    PROMISED_TO_PAY,
    PAYMENT_PLAN,
    DISPUTED,
    NO_ANSWER,
    REFUSED
}
