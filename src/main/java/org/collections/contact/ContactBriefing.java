package org.collections.contact;

/**
 * What the agent sees on the Call customer task: who to call (the next contact after unanswered attempts), the
 * invoices to talk about and the account's history. Texts are ready to show and fit a process variable.
 */
public record ContactBriefing(String customerNumber, String customerName, String customerType, String contactToCall,
        String contactPhone, String contactEmail, String otherContacts, String invoicesToDiscuss,
        String invoiceNumbers, String totalOwed, long daysOverdue, String callHistory, long brokenPromises) {
}
