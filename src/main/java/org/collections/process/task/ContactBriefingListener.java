package org.collections.process.task;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.process.CaseVariables;
import org.collections.process.ContactCases;
import org.springframework.stereotype.Component;

/** Task_CallCustomer (contact case), on create: who to call, the invoices to talk about and the history. */
@Component
public class ContactBriefingListener implements TaskListener {

    private final ContactCases contactCases;

    public ContactBriefingListener(ContactCases contactCases) {
        this.contactCases = contactCases;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> briefing = contactCases.briefing(task.getExecution().getProcessBusinessKey());
        task.setVariablesLocal(briefing);
        CaseVariables.INVOICE_NUMBERS.set(task.getExecution().getProcessInstance(),
                (String) briefing.get(CaseVariables.INVOICE_NUMBERS.name()));
    }
}
