package org.collections.letters;

public enum OutboxStatus {
    /** Rendered and stored; not sent yet (no mail server configured, or a send that failed and will be retried). */
    PENDING,
    /** Being handed to the mail server right now. */
    SENDING,
    /** Handed to the mail server. */
    SENT,
    /**
     * A node stopped while handing it to the mail server, so nobody knows whether it went out. It is not sent
     * again (a customer must never get a letter twice); a person checks the mail server's log and resends it.
     */
    UNCERTAIN,
    /** A letter for post, rendered as PDF, waiting to be printed and posted. */
    TO_POST,
    /** Printed and posted, as confirmed by a person. */
    POSTED,
    /** Taken back before it went out: every contact with the customer was stopped. Never sent. */
    WITHDRAWN
}
