package org.collections.plan;

/** What came of the call about a missed instalment; the form's {@code instalmentOutcome} options. */
public enum InstalmentOutcome {
    /** The customer says the money is on its way: check again after the grace. */
    PAID_NOW,
    /** A new date for this instalment was agreed. */
    RESCHEDULED,
    /** The plan has failed: the whole balance is due and the legal route follows. */
    DEFAULTED
}
