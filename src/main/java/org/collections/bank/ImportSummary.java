package org.collections.bank;

import java.util.List;

/**
 * Answer of {@code POST /api/bank-statements}: how many payments the file reported ({@code entries}; an entry that
 * books a batch counts each transfer), how many were booked now, how many wait in a Match payment task, how many were
 * ignored (with the reason in {@code payments}), and how many were known from an earlier import and left as they were.
 */
public record ImportSummary(String messageType, String messageId, int entries, int booked, int toMatch, int ignored,
        int alreadyImported, List<Line> payments) {

    /** One payment of the file and what became of it. */
    public record Line(String entry, String status, String amount, String payer, String invoice, String customer,
            String note, boolean repeated) {
    }
}
