package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.contact.ContactService;
import org.springframework.stereotype.Component;

/** Task_ReportUnreachable (contact case): the week's attempts are used up for every waiting invoice. */
@Component
public class ReportUnreachableDelegate implements JavaDelegate {

    private final ContactService contacts;

    public ReportUnreachableDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contacts.reportUnreachable(execution.getProcessBusinessKey());
    }
}
