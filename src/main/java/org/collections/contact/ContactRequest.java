package org.collections.contact;

/** An invoice's call request as filed: the customer, and whether the customer's contact case must be started. */
public record ContactRequest(String customerNumber, boolean startContactCase) {
}
