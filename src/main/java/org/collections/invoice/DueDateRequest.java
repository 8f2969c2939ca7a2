package org.collections.invoice;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of {@code PUT /api/invoices/{number}/due-date}: the due date the invoicing system now gives the invoice. */
public record DueDateRequest(@NotNull LocalDate dueDate) {
}
