package org.collections.worklist;

import java.math.BigDecimal;

/**
 * A task's priority in Tasklist (0 to 89; an escalated task gets 90 or more) from the money at risk and how late it is. The amount weighs most, on a
 * logarithmic scale, so a 15,000 call comes before a 40 one; age adds up to 30 points, so an old small debt does
 * not wait for ever. The scale reads the amount as a number in its own currency.
 */
public final class TaskPriority {

    /** points per tenfold amount: 10 scores 15, 1,000 scores 45, 100,000 scores 70 at most */
    private static final double POINTS_PER_DECADE = 15;
    private static final int MAX_AMOUNT_POINTS = 70;
    /** one point per three days late */
    private static final int DAYS_PER_POINT = 3;
    private static final int MAX_AGE_POINTS = 30;
    /** what an escalated task gets at least, so it comes first in every list sorted by priority */
    public static final int ESCALATED = 90;

    private TaskPriority() {
    }

    public static int of(BigDecimal amountAtRisk, long daysOverdue) {
        double amount = amountAtRisk == null ? 0 : amountAtRisk.doubleValue();
        int amountPoints = amount < 1 ? 0
                : (int) Math.min(MAX_AMOUNT_POINTS, Math.round(POINTS_PER_DECADE * Math.log10(amount)));
        int agePoints = (int) Math.min(MAX_AGE_POINTS, Math.max(0, daysOverdue) / DAYS_PER_POINT);
        // below an escalated task, which comes first whatever the amount
        return Math.min(ESCALATED - 1, amountPoints + agePoints);
    }

    /** An escalated task keeps its priority if higher, else gets the escalated one. */
    public static int escalated(int priority) {
        return Math.max(priority, ESCALATED);
    }
}
