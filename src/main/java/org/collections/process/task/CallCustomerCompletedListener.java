package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.contact.CallReport;
import org.collections.contact.ContactService;
import org.collections.contact.RecordedContact;
import org.collections.process.CaseVariables;
import org.collections.process.CustomerContactProcess;
import org.springframework.stereotype.Component;

/**
 * Task_CallCustomer (contact case), on complete: checks and records the call for every invoice it covers; a bad
 * field keeps the task open and records nothing.
 */
@Component
public class CallCustomerCompletedListener implements TaskListener {

    private final ContactService contacts;

    public CallCustomerCompletedListener(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void notify(DelegateTask task) {
        CallReport report = new CallReport(CaseVariables.CALL_OUTCOME.get(task), CaseVariables.PROMISED_DATE.get(task),
                CaseVariables.PROMISED_INVOICES.get(task), CaseVariables.PLAN_INVOICES.get(task),
                CaseVariables.DISPUTED_INVOICES.get(task), CaseVariables.CALL_NOTES.get(task),
                CaseVariables.CALL_BACK_ASKED.get(task));
        RecordedContact call = TaskInput.validated(() -> contacts.record(task.getExecution().getProcessBusinessKey(),
                report, TaskInput.actor(task)));
        var contactCase = task.getExecution().getProcessInstance();
        contactCase.removeVariables(CustomerContactProcess.CALL_FORM_ANSWERS);
        CaseVariables.PROMISE_MADE.set(contactCase, call.promiseMade());
        CaseVariables.CUSTOMER_CALL_ID.set(contactCase, call.customerCallId());
    }
}
