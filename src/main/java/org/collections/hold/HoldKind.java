package org.collections.hold;

/** What holds the dunning ladder of an invoice. */
public enum HoldKind {
    /** the customer promised to pay by a date; the ladder waits for it plus the grace */
    PROMISE,
    /** a manager put the invoice on hold until a date */
    HOLD,
    /** a manager put the customer on hold until a date: every open invoice of the customer */
    CUSTOMER_HOLD
}
