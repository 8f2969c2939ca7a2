package org.collections.letters;

import org.collections.claim.Claim;
import org.collections.invoice.Invoice;

/**
 * One invoice as a letter or a statement of account lists it, with its days overdue on the letter's date and what it
 * owes then, part by part (the one calculation of {@code claim/ClaimService}).
 *
 * @param reminded whether the customer was reminded of this invoice before (a reminder, a copy of the invoice or a
 *        late notice went out for it): only then may a letter say "despite our reminders"
 */
public record StatementLine(Invoice invoice, long daysOverdue, Claim claim, boolean reminded) {

    /** A line for a statement, which does not speak of earlier reminders. */
    public StatementLine(Invoice invoice, long daysOverdue, Claim claim) {
        this(invoice, daysOverdue, claim, false);
    }
}
