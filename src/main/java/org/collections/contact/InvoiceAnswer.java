package org.collections.contact;

import java.time.ZonedDateTime;
import org.collections.dunning.CallOutcome;

/** The outcome a call gave one invoice, to be told to that invoice's case. */
public record InvoiceAnswer(Long requestId, Long invoiceId, String invoiceNumber, CallOutcome outcome,
        ZonedDateTime promiseDeadline) {
}
