package org.collections.letters;

public enum OutboxStatus {
    /** Rendered and stored; not sent yet (no mail server configured, or a send that failed and will be retried). */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** A letter for post, rendered as PDF, waiting to be printed and posted. */
    TO_POST,
    /** Printed and posted, as confirmed by a person. */
    POSTED
}
