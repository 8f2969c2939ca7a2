package org.collections.dispute;

import org.collections.invoice.Money;

/** A validated resolution of a dispute; {@code disputeId} keys its letters. */
public record DisputeDecision(long disputeId, DisputeResolution resolution, Money credit) {
}
