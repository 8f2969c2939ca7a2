package org.collections.plan;

/**
 * An invoice's request for a payment plan: the plan it is in, its customer, and whether the request opened the
 * plan's negotiation (the caller starts the plan case) or joined one already open (the caller refreshes it).
 */
public record PlanRequest(long planId, String customerNumber, boolean startPlanCase, boolean alreadyCovered) {
}
