package org.collections.plan;

/** What the agent sees on a plan's tasks: the customer, the invoices the plan covers and the sum owed. */
public record PlanBriefing(String customerName, String customerType, String customerPhone, String customerEmail,
        String customerAddress, String invoicesToDiscuss, String invoiceNumbers, String totalOwed, long daysOverdue,
        String callHistory, long brokenPromises) {
}
