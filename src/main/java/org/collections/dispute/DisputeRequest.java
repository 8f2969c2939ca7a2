package org.collections.dispute;

/** Body of {@code POST /api/invoices/{number}/disputes}: what the customer disputes. */
public record DisputeRequest(String reason) {
}
