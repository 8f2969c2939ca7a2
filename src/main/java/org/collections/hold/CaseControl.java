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
        /** suspended in Cockpit by a manager: nothing moves it until it is activated */
        SUSPENDED,
        /** no case runs */
        NONE
    }

    /** how long "a moment" is: the job executor runs a queued step within a few seconds */
    int MOMENT_SECONDS = 5;

    Position position(String invoiceNumber);

    /**
     * Where each invoice's case waits, for a request on all of a customer's open invoices; refused as a whole (409,
     * field {@code customer}) when one of them is where {@code refused} says.
     */
    default java.util.Map<org.collections.invoice.Invoice, Position> positionsOrRefuse(
            java.util.List<org.collections.invoice.Invoice> invoices, String action,
            java.util.function.Predicate<Position> refused) {
        java.util.Map<org.collections.invoice.Invoice, Position> positions = new java.util.LinkedHashMap<>();
        for (org.collections.invoice.Invoice invoice : invoices) {
            Position position = position(invoice.getNumber());
            if (refused.test(position)) {
                refuseWhileMoving(position, invoice.getNumber(), "customer", action);
            }
            positions.put(invoice, position);
        }
        return positions;
    }

    /**
     * A case between two steps, at a failed one or suspended takes no hold or dispute: where it will wait is not
     * known yet, or no message reaches it. Refused with 409 and what to do ({@code action}: "raise the dispute");
     * nothing is changed.
     *
     * @param field the request's field to blame
     */
    static void refuseWhileMoving(Position position, String invoiceNumber, String field, String action) {
        String[] situation = switch (position) {
            case BETWEEN_STEPS -> new String[] {"is moving on to its next step just now", action + " again in a moment"};
            case STEP_FAILED -> new String[] {"is at a step that failed (see Cockpit)", "once the step has run (retried "
                    + "automatically while retries are left, else by an operator in Cockpit), " + action + " again"};
            case SUSPENDED -> new String[] {"is suspended (Cockpit)", "once a manager has activated it, " + action
                    + " again"};
            default -> null;
        };
        if (situation != null) {
            String theCase = "the case of invoice " + invoiceNumber + " " + situation[0];
            throw new InvoiceConflictException(theCase + "; nothing was changed: " + situation[1], field,
                    theCase + ": " + situation[1], position == Position.BETWEEN_STEPS ? MOMENT_SECONDS : null);
        }
    }

    /** Whether the case is between two steps, at a failed one or suspended: see {@link #refuseWhileMoving}. */
    static boolean moving(Position position) {
        return position == Position.BETWEEN_STEPS || position == Position.STEP_FAILED
                || position == Position.SUSPENDED;
    }

    void putOnHold(String invoiceNumber);

    void liftHold(String invoiceNumber);

    void raiseDispute(String invoiceNumber);

    /**
     * Every contact with the invoice's customer stopped: the case leaves where it waits (its ladder, hold, route
     * decision, plan, legal route or dispute) for a manager.
     */
    void stopCustomer(String invoiceNumber);

    /**
     * Every contact with the customer stopped while the invoice's case is at a step that failed: the step is dropped
     * and the case goes to a manager like the others. Answers the name of the step dropped (empty when none failed).
     */
    java.util.Optional<String> stopCustomerAtFailedStep(String invoiceNumber);
}
