package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.contact.ContactService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ConfirmPromise (contact case): the promise of the call confirmed in writing. */
@Component
public class ConfirmPromiseDelegate implements JavaDelegate {

    private final ContactService contacts;

    public ConfirmPromiseDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contacts.confirmPromises(CaseVariables.CUSTOMER_CALL_ID.require(execution));
    }
}
