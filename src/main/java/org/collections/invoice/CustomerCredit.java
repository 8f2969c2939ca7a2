package org.collections.invoice;

/**
 * Where money goes that a payment brought and its invoice does not owe: beyond what settles it, or all of it when the
 * invoice was closed already. The customer's account keeps it as credit ({@code customer/AccountCredits}), for the
 * customer's next invoice or a refund. Declared here so that booking payments needs nothing of the customer package's
 * services, which themselves book on invoices.
 */
public interface CustomerCredit {

    /**
     * Takes the lock of the invoice's customer account for the rest of the transaction. A payment to an invoice takes
     * it before it changes the invoice, in the order account payments take them (the account, then its invoices), so
     * the two never wait for each other.
     */
    void lockAccount(Invoice invoice);

    /**
     * Adds money to the credit of the invoice's customer, under the account's lock, and writes it into the account's
     * dossier with {@code source} (where the money came from); a manager then decides whether it is refunded. Answers
     * the account's credit in that currency now.
     */
    Money keep(Invoice invoice, Money money, String source, String actor);
}
