package org.collections.worklist;

import java.time.Instant;
import org.collections.customer.CustomerRepository;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a task that missed its deadline into the dossier of the invoice or customer account it concerns. */
@Service
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final Dossier dossier;
    private final CustomerRepository customers;

    public Escalations(Dossier dossier, CustomerRepository customers) {
        this.dossier = dossier;
        this.customers = customers;
    }

    @Transactional
    public void escalatedForInvoice(long invoiceId, String taskName, Instant deadline, boolean toManagers) {
        dossier.record(invoiceId, EntryType.ESCALATION, summary(taskName, deadline, toManagers), Dossier.SYSTEM);
        log.info("Task '{}' of invoice {} not done by {}: escalated", taskName, invoiceId, deadline);
    }

    @Transactional
    public void escalatedForCustomer(String customerNumber, String taskName, Instant deadline,
            boolean toManagers) {
        customers.findByNumber(customerNumber).ifPresent(customer -> dossier.recordForAccount(customer.getId(),
                EntryType.ESCALATION, summary(taskName, deadline, toManagers), Dossier.SYSTEM));
        log.info("Task '{}' of customer {} not done by {}: escalated", taskName, customerNumber, deadline);
    }

    /** A payment not booked yet has no dossier: the log and the managers' list say it. */
    public void escalatedForPayment(String paymentKey, String taskName, Instant deadline) {
        log.info("Task '{}' of payment {} not done by {}: escalated to {}", taskName, paymentKey, deadline,
                Roles.MANAGERS);
    }

    /** An agent's task goes to the managers as well; a manager's own task comes first in their list. */
    private static String summary(String taskName, Instant deadline, boolean toManagers) {
        return "Task '" + taskName + "' was not done by its deadline (" + deadline + "): "
                + (toManagers ? "escalated to " + Roles.MANAGERS : "now first in the list of " + Roles.MANAGERS)
                + "; the task stays open with everything entered so far";
    }
}
