package org.collections.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a camt.053 statement or camt.054 notification says, as read by {@link CamtReader}: one or more accounts'
 * reports, each with its entries (an entry that holds a batch of transfers gives one payment per transfer).
 */
public record StatementFile(String messageType, String messageId, List<Report> reports) {

    /** One {@code Stmt} (camt.053) or {@code Ntfctn} (camt.054): one account's report. */
    public record Report(String id, String iban, String currency, List<Payment> payments) {
    }

    /**
     * One payment as the bank reports it. {@code key} is unique for the account: the bank's own reference of the entry
     * (with the transfer's place in a batch), so the same payment in a notification and in the day's statement is one.
     */
    public record Payment(String key, String field, BigDecimal amount, String currency, boolean credit,
            String status, LocalDate bookedOn, String payerName, String payerIban, String reference,
            String remittance, String endToEndId) {

        public boolean booked() {
            return status == null || "BOOK".equals(status);
        }
    }
}
