package org.collections.letters;

import org.collections.claim.Claim;
import org.collections.invoice.Invoice;

/**
 * One invoice as a letter or a statement of account lists it, with its days overdue on the letter's date and what it
 * owes then, part by part (the one calculation of {@code claim/ClaimService}).
 */
public record StatementLine(Invoice invoice, long daysOverdue, Claim claim) {
}
