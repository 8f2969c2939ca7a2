package org.collections.invoice;

import java.time.Instant;
import java.util.Optional;

/** Where a case's process stands; answered by the workflow side, asked by the invoice API. */
public interface CaseProgress {

    Optional<NextStep> nextStep(String invoiceNumber);

    record NextStep(String name, Instant at) {
    }
}
