package org.collections.plan;

/**
 * An invoice left its plan: which plan and of which customer, whether it was still negotiated, the plan's status
 * after it left ({@link PlanStatus#SETTLED}, {@link PlanStatus#STOPPED} or {@link PlanStatus#ENDED} when no covered
 * invoice is left), and whether the agreed plan's instalments were changed for the invoices still in it (to be
 * confirmed to the customer in writing).
 */
public record PlanLeft(long planId, String customerNumber, boolean negotiating, PlanStatus status, boolean changed) {

    /** No covered invoice is left: the plan case ends. */
    public boolean nothingLeft() {
        return status == PlanStatus.SETTLED || status == PlanStatus.STOPPED || status == PlanStatus.ENDED;
    }
}
