package org.collections.plan;

/** An invoice left its plan: which plan, whether it was still negotiated, and whether no covered invoice is left. */
public record PlanLeft(long planId, boolean negotiating, boolean nothingLeft) {
}
