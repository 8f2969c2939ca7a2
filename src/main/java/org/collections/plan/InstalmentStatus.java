package org.collections.plan;

public enum InstalmentStatus {
    OPEN,
    PAID,
    MISSED,
    /**
     * shown for an instalment not paid when its plan ended otherwise than paid (defaulted, stopped, ended): nobody asks
     * for it any more; what is owed is the invoices' balance
     */
    CANCELLED
}
