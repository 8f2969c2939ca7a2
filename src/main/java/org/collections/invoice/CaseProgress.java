package org.collections.invoice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where a case's process stands; answered by the workflow side, asked by the invoice API. */
public interface CaseProgress {

    Optional<NextStep> nextStep(String invoiceNumber);

    /**
     * The open tasks of these invoices' cases and of the customer's contact case, oldest first; {@code invoice} is
     * null for a task of the customer as a whole.
     */
    List<OpenTask> openTasks(Collection<String> invoiceNumbers, String customerNumber);

    record NextStep(String name, Instant at) {
    }

    record OpenTask(String id, String name, String invoice, Instant created, String assignee) {
    }
}
