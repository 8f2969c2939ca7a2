package org.collections.invoice;

import java.util.List;
import java.util.Map;

/**
 * Answer of {@code POST /api/invoices/batch}: how many rows came, how many were registered (or, in a dry run, would
 * be), how many were refused, and each row's outcome with its field messages.
 */
public record BatchResult(boolean dryRun, int rows, int registered, int refused, List<Row> results) {

    /** {@code row} counts from 1, as a spreadsheet does; {@code status} REGISTERED, VALID (dry run) or REFUSED. */
    public record Row(int row, String number, String status, Map<String, String> errors) {
    }
}
