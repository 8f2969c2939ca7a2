package org.collections.bank;

import java.util.List;

/** Where a payment from the bank goes: an invoice, a customer account, or a person's decision among candidates. */
public sealed interface PaymentMatch {

    /** Why: what in the payment named the target, as the dossier and the entry's note say it. */
    String why();

    record OnInvoice(String invoiceNumber, String customerNumber, String why) implements PaymentMatch {
    }

    /** A payment to the account; {@code allocations} empty means the oldest due date first. */
    record OnAccount(String customerNumber, List<Allocation> allocations, String why) implements PaymentMatch {
    }

    record Allocation(String invoiceNumber, java.math.BigDecimal amount) {
    }

    /** Not certain: an agent decides, shown these candidates (most likely first). */
    record Unsure(String why, List<Candidate> candidates) implements PaymentMatch {
    }

    /**
     * A likely target: {@code value} is what the Match payment form sends back ({@code INVOICE:<number>} or
     * {@code ACCOUNT:<number>}), {@code label} what the agent reads.
     */
    record Candidate(String value, String label) {

        public static final String INVOICE = "INVOICE:";
        public static final String ACCOUNT = "ACCOUNT:";
    }
}
