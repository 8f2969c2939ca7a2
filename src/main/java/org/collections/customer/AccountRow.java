package org.collections.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's open invoices in one currency, summed in the database. */
public record AccountRow(String number, String name, String currency, long openInvoices, BigDecimal balance,
        BigDecimal overdue, LocalDate oldestDueDate) {
}
