package org.collections.dispute;

/** How a dispute about the work ends; the values are the form's {@code disputeResolution} options. */
public enum DisputeResolution {
    /** The invoice stands as it is. */
    UPHELD,
    /** Part of the invoice is credited; the rest stays due. */
    CREDIT_NOTE,
    /** The whole invoice is withdrawn. */
    CANCEL_INVOICE
}
