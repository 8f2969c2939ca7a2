package org.collections.invoice;

/**
 * What identifies a case to a person looking for it in Cockpit: the invoice, its customer, the amount invoiced and
 * what is still owed (fees included, payments and credit notes deducted).
 */
public record CaseFacts(String invoiceNumber, String customerNumber, String customerName, Money amount,
        Money balance) {
}
