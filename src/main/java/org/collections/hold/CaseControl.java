package org.collections.hold;

import org.collections.invoice.InvoiceConflictException;

/**
 * What the hold and dispute services ask of an invoice's case (implemented by the process side): where it waits, and
 * the messages that hold it, lift its hold and raise a dispute, each correlated by the invoice number.
 */
public interface CaseControl {

    /** Where an invoice's case stands as far as a hold or a dispute is concerned. */
    enum Position {
        /** on the dunning ladder: it can be held or disputed */
        LADDER,
        /** waiting for a promise or hold to end */
        ON_HOLD,
        /** in a payment plan (its negotiation or its instalments) */
        PAYMENT_PLAN,
        /** waiting for a manager's route decision (after the final demand) */
        ROUTE_DECISION,
        /** on the legal route (the manager's approval, the action, its outcome) */
        LEGAL_ROUTE,
        /** waiting for an agent to resolve its dispute (Resolve dispute) */
        DISPUTE,
        /** with a person outside the ladder: a stopped customer's case waiting for a manager */
        ELSEWHERE,
        /**
         * between two waits: a step is queued or running (asking for a payment plan, a letter, resuming work), and
         * a moment later the case waits somewhere again
         */
        BETWEEN_STEPS,
        /** at a step that failed: retried later by the job executor, or once out of retries by an operator */
        STEP_FAILED,
        /** no case runs */
        NONE
    }

    Position position(String invoiceNumber);

    /**
     * A case between two steps, or stopped at a failed one, takes no hold, dispute or stop: where it will wait is not
     * known yet. Refused with 409 and what to do ({@code action}: "raise the dispute"); nothing is changed.
     *
     * @param field the request's field to blame
     */
    static void refuseWhileMoving(Position position, String invoiceNumber, String field, String action) {
        switch (position) {
            case BETWEEN_STEPS -> throw new InvoiceConflictException("the case of invoice " + invoiceNumber
                    + " is moving on to its next step just now; nothing was changed: " + action + " again in a moment",
                    field, "the case of invoice " + invoiceNumber + " is moving on to its next step just now: "
                            + action + " again in a moment");
            case STEP_FAILED -> throw new InvoiceConflictException("the case of invoice " + invoiceNumber
                    + " is at a step that failed (see Cockpit); nothing was changed: once the step has run (retried "
                    + "automatically while retries are left, else by an operator in Cockpit), " + action + " again",
                    field, "the case of invoice " + invoiceNumber + " is at a step that failed: once it has run "
                            + "again (see Cockpit), " + action + " again");
            default -> {
            }
        }
    }

    void putOnHold(String invoiceNumber);

    void liftHold(String invoiceNumber);

    void raiseDispute(String invoiceNumber);

    /**
     * Every contact with the invoice's customer stopped: the case leaves where it waits (its ladder, hold, route
     * decision, plan, legal route or dispute) for a manager.
     */
    void stopCustomer(String invoiceNumber);
}
