package org.collections.hold;

/** Why every contact with a customer stops. */
public enum StopReason {
    /** the customer is insolvent: claims go to the administrator */
    INSOLVENCY,
    /** the customer died: claims go to the estate */
    DECEASED,
    /** the customer asked in writing that contact stop */
    CEASE_CONTACT
}
