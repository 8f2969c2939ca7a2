package org.collections.bank;

import java.util.List;

public final class BankEvents {

    private BankEvents() {
    }

    /**
     * A payment that could not be booked with certainty: a Match payment task is opened for it, in the same
     * transaction, so no such payment is left without one. {@code businessKey} is the payment's own reference.
     */
    public record PaymentToMatch(Long entryId, String businessKey, String payer, String summary, String why,
            List<PaymentMatch.Candidate> candidates) {
    }
}
