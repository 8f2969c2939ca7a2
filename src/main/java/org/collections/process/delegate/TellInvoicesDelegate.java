package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.process.ContactCases;
import org.springframework.stereotype.Component;

/** Task_TellInvoices (contact case): each invoice of the call hears the outcome that concerns it. */
@Component
public class TellInvoicesDelegate implements JavaDelegate {

    private final ContactCases contactCases;

    public TellInvoicesDelegate(ContactCases contactCases) {
        this.contactCases = contactCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contactCases.tellInvoices(execution.getProcessBusinessKey());
    }
}
