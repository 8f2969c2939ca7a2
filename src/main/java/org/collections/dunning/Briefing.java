package org.collections.dunning;

/**
 * What an agent needs on screen for a task: who to call, what is owed and what happened so far. Shown in the
 * Tasklist forms; kept on the task only, so it is fresh when the task opens and gone when it closes.
 */
public record Briefing(
        String invoiceNumber,
        String customerName,
        String customerType,
        String customerPhone,
        String customerEmail,
        String customerAddress,
        String invoiceAmount,
        String amountOwed,
        String fees,
        String dueDate,
        long daysOverdue,
        String stage,
        String callHistory,
        long brokenPromises) {
}
