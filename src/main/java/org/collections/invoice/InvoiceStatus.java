package org.collections.invoice;

/** The business outcome of a case; only OPEN cases are still being collected. */
public enum InvoiceStatus {
    OPEN,
    PAID,
    CREDITED,
    CANCELLED,
    WRITTEN_OFF,
    RECOVERED,
    SOLD
}
