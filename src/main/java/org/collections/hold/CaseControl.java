package org.collections.hold;

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
        /** elsewhere: a stopped customer's case with a manager, a step between two waits, registration */
        ELSEWHERE,
        /** no case runs */
        NONE
    }

    Position position(String invoiceNumber);

    void putOnHold(String invoiceNumber);

    void liftHold(String invoiceNumber);

    void raiseDispute(String invoiceNumber);

    /**
     * Every contact with the invoice's customer stopped: the case leaves where it waits (its ladder, hold, route
     * decision, plan, legal route or dispute) for a manager.
     */
    void stopCustomer(String invoiceNumber);
}
