package org.collections.worklist;

/** The kinds of task people work; each has its deadline in the policy ({@code collections.policy.tasks}). */
public enum TaskKind {
    /** a call to a customer about its overdue invoices */
    CALL,
    /** a call about an instalment that did not come in */
    MISSED_INSTALMENT_CALL,
    /** agreeing a payment plan */
    NEGOTIATION,
    /** resolving a dispute */
    DISPUTE,
    /** a manager decides the route of an invoice that left the ladder */
    ROUTE_DECISION,
    /** a manager approves, overrides or postpones a legal action */
    LEGAL_APPROVAL,
    /** recording what a lawyer, agency, factor or court achieved */
    LEGAL_OUTCOME,
    /** a manager decides whether a customer's credit from a payment is refunded or kept */
    REFUND_DECISION,
    /** an agent decides where a payment goes that nothing could book with certainty */
    PAYMENT_MATCH
}
