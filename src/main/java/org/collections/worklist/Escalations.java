package org.collections.worklist;

import java.time.Instant;
import org.collections.customer.CustomerRepository;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
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
    public void escalatedForInvoice(long invoiceId, String taskName, Instant due, String managers) {
        dossier.record(invoiceId, EntryType.ESCALATION, summary(taskName, due, managers), Dossier.SYSTEM);
        log.info("Task '{}' of invoice {} not done by {}: escalated to {}", taskName, invoiceId, due, managers);
    }

    @Transactional
    public void escalatedForCustomer(String customerNumber, String taskName, Instant due, String managers) {
        customers.findByNumber(customerNumber).ifPresent(customer -> dossier.recordForAccount(customer.getId(),
                EntryType.ESCALATION, summary(taskName, due, managers), Dossier.SYSTEM));
        log.info("Task '{}' of customer {} not done by {}: escalated to {}", taskName, customerNumber, due,
                managers);
    }

    private static String summary(String taskName, Instant due, String managers) {
        return "Task '" + taskName + "' was not done by its deadline (" + due + "): escalated to " + managers
                + "; the task stays open with everything entered so far";
    }
}
