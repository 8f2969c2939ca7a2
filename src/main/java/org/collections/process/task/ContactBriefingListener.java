package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
        task.setVariablesLocal(contactCases.briefing(task.getExecution().getProcessBusinessKey()));
    }
}
