package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.contact.ContactService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_CloseContactCase: ends the conversation unless invoices asked for a call meanwhile. */
@Component
public class CloseContactCaseDelegate implements JavaDelegate {

    private final ContactService contacts;

    public CloseContactCaseDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables.CONTACT_CLOSED.set(execution, contacts.close(execution.getProcessBusinessKey()));
    }
}
