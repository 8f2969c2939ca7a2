package org.collections.dunning;

/** What came of a call to the customer; the values are the form's {@code callOutcome} options. */
public enum CallOutcome {
    PROMISED_TO_PAY,
    PAYMENT_PLAN,
    DISPUTED,
    NO_ANSWER,
    REFUSED,
    /** for one invoice of a call: the customer was reached, but the call agreed nothing about this invoice */
    NOTHING_AGREED,
    /** for one invoice: no one answered on any attempt the policy allows this week */
    UNREACHABLE;

    /** What an agent can report of a call as a whole. */
    public boolean reportable() {
        return this != NOTHING_AGREED && this != UNREACHABLE;
    }
}
