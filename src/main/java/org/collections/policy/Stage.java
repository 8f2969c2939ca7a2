package org.collections.policy;

/** Where a case stands in the journey. The first four are the rungs of the dunning ladder. */
public enum Stage {
    PRE_DUE,
    DAY_1,
    DAY_30,
    DAY_60,
    ROUTE_DECISION,
    PAYMENT_PLAN,
    DISPUTE,
    LEGAL,
    CLOSED
}
