package org.collections.hold;

/** Body of {@code POST /api/customers/{number}/stop}: INSOLVENCY, DECEASED or CEASE_CONTACT, and a note. */
public record StopRequest(String reason, String note) {
}
