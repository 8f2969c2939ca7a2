package org.collections.letters;

import org.collections.invoice.Invoice;

/** One invoice as a letter or a statement of account lists it, with its days overdue on the letter's date. */
public record StatementLine(Invoice invoice, long daysOverdue) {
}
