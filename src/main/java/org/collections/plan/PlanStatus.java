package org.collections.plan;

public enum PlanStatus {
    /** filed by the first invoice that asked for it; others of the customer may join until it is agreed */
    NEGOTIATING,
    ACTIVE,
    DEFAULTED,
    /** every covered invoice settled (or left before anything was agreed) */
    SETTLED,
    /**
     * ended by a customer-wide stop (insolvency, death, the customer's request to stop contact): its invoices went to
     * a manager unpaid; no instalment reminder or missed-instalment call follows
     */
    STOPPED,
    /**
     * ended because no invoice is left in it to pay: the last one left it unpaid (for a dispute, or its case was
     * cancelled); the invoices' dossiers say which and why
     */
    ENDED
}
