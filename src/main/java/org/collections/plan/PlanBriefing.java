package org.collections.plan;

/**
 * What the agent sees on a plan's tasks: the customer, the invoices the plan covers, the sum owed, and the policy's
 * limits of a plan ({@code planLimits}), which the negotiation is checked against.
 */
public record PlanBriefing(String customerName, String customerType, String customerPhone, String customerEmail,
        String customerAddress, String invoicesToDiscuss, String invoiceNumbers, String totalOwed, long daysOverdue,
        String callHistory, long brokenPromises, String planLimits) {
}
