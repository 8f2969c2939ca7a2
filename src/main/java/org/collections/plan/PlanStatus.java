package org.collections.plan;

public enum PlanStatus {
    /** filed by the first invoice that asked for it; others of the customer may join until it is agreed */
    NEGOTIATING,
    ACTIVE,
    DEFAULTED,
    /** every covered invoice settled (or left before anything was agreed) */
    SETTLED
}
