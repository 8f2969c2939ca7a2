package org.collections.bank;

public enum EntryStatus {
    /** Booked on an invoice or a customer account. */
    BOOKED,
    /** Could not be booked with certainty: a Match payment task waits for an agent. */
    TO_MATCH,
    /** Not a payment to collect: money going out, another currency, not yet booked by the bank. */
    IGNORED,
    /** An agent found it is not a customer's payment for an invoice (e.g. a refund from a supplier). */
    NOT_OURS
}
