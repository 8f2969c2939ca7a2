package org.collections.dossier;

/** What kind of thing happened in a case; the dossier is the written record the policy asks for. */
public enum EntryType {
    REGISTERED,
    SCHEDULE,
    LETTER,
    CALL,
    PROMISE,
    BROKEN_PROMISE,
    PAYMENT,
    FEE,
    STOP_WORK,
    AGREEMENT,
    INSTALMENT,
    DISPUTE,
    CREDIT_NOTE,
    DECISION,
    LEGAL,
    OUTCOME,
    /** a person repaired or changed the case through the engine (Cockpit, the engine API) */
    OPERATOR,
    /** the customer account: opened, contact data changed */
    ACCOUNT,
    /** a task was not done by its deadline and went to the managers */
    ESCALATION,
    /** a manager held the invoice or its customer (a dunning block), lifted it, or it ended */
    HOLD
}
