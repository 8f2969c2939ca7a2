package org.collections.hold;

/** Body of {@code POST /api/invoices/{number}/hold} and {@code POST /api/customers/{number}/hold}. */
public record HoldRequest(String until, String reason) {
}
