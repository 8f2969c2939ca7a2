package org.collections.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.collections.contact.ContactBriefing;
import org.collections.contact.ContactRequest;
import org.collections.contact.ContactService;
import org.collections.contact.InvoiceAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Messages between invoice cases and their customer's contact case. The customer's row decides whether a contact
 * case runs (see {@link ContactService}); this class only starts, updates and answers cases accordingly.
 */
@Component
public class ContactCases {

    private static final Logger log = LoggerFactory.getLogger(ContactCases.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ContactService contacts;
    private final OpenTaskPriorities priorities;

    public ContactCases(RuntimeService runtime, TaskService tasks, ContactService contacts,
            OpenTaskPriorities priorities) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.contacts = contacts;
        this.priorities = priorities;
    }

    /** The invoice needs a call: it opens its customer's contact case, or joins the one that runs. */
    public void requestCall(long invoiceId) {
        ContactRequest request = contacts.requestCall(invoiceId);
        if (request.startContactCase()) {
            runtime.createMessageCorrelation(CustomerContactProcess.MSG_CONTACT_REQUESTED)
                    .processInstanceBusinessKey(request.customerNumber())
                    .setVariable(CaseVariables.CUSTOMER_NUMBER.name(), request.customerNumber())
                    .correlateStartMessage();
            log.info("Opened the contact case of customer {}", request.customerNumber());
        } else {
            refreshCallTasks(request.customerNumber());
        }
    }

    /** The invoice's case no longer waits for a call: the call task drops it, or the contact case ends. */
    public void withdraw(long invoiceId) {
        contacts.withdraw(invoiceId).ifPresent(w -> {
            if (w.nothingLeft()) {
                int ended = runtime.createMessageCorrelation(CustomerContactProcess.MSG_NO_CALL_NEEDED)
                        .processInstanceBusinessKey(w.customerNumber())
                        .correlateAllWithResult().size();
                log.info("No invoice of customer {} waits for a call; {} contact case(s) told", w.customerNumber(),
                        ended);
            } else {
                refreshCallTasks(w.customerNumber());
            }
        });
    }

    /**
     * Tells each invoice what the call gave for it. An invoice that no longer waits (paid or moved on meanwhile)
     * gets the outcome in its dossier instead: never an incident.
     */
    public void tellInvoices(String customerNumber) {
        for (InvoiceAnswer answer : contacts.untold(customerNumber)) {
            var correlation = runtime.createMessageCorrelation(InvoiceCallProcess.MSG_CALL_OUTCOME)
                    .processInstanceBusinessKey(answer.invoiceNumber())
                    .setVariable(CaseVariables.CALL_OUTCOME.name(), answer.outcome().name());
            if (answer.promiseDeadline() != null) {
                correlation.setVariable(CaseVariables.PROMISE_DEADLINE_AT.name(),
                        IsoMoments.iso(answer.promiseDeadline()));
            }
            boolean heard = !correlation.correlateAllWithResult().isEmpty();
            contacts.told(answer, heard);
        }
    }

    /** Shows the current invoices and contacts on the customer's open call task. */
    public void refreshCallTasks(String customerNumber) {
        for (Task task : tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customerNumber).taskDefinitionKey(CustomerContactProcess.TASK_CALL_CUSTOMER)
                .list()) {
            Map<String, Object> briefing = briefing(customerNumber);
            tasks.setVariablesLocal(task.getId(), briefing);
            runtime.setVariable(task.getProcessInstanceId(), CaseVariables.INVOICE_NUMBERS.name(),
                    briefing.get(CaseVariables.INVOICE_NUMBERS.name()));
            priorities.ofCustomer(task, customerNumber);
        }
    }

    /** The call task's briefing, as task-local variables (the form's read-only texts). */
    public Map<String, Object> briefing(String customerNumber) {
        ContactBriefing b = contacts.briefing(customerNumber);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(CaseVariables.CUSTOMER_NAME.name(), b.customerName());
        v.put("customerType", b.customerType());
        v.put("contactToCall", b.contactToCall());
        v.put("contactPhone", b.contactPhone());
        v.put("contactEmail", b.contactEmail());
        v.put("otherContacts", b.otherContacts());
        v.put("invoicesToDiscuss", b.invoicesToDiscuss());
        v.put(CaseVariables.INVOICE_NUMBERS.name(), b.invoiceNumbers());
        v.put(CaseVariables.TOTAL_OWED.name(), b.totalOwed());
        v.put(CaseVariables.DAYS_OVERDUE.name(), b.daysOverdue());
        v.put("callHistory", b.callHistory());
        v.put("brokenPromises", b.brokenPromises());
        return v;
    }
}
