package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.contact.ContactService;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** Task_CheckCallLimits (contact case): the call task is created only when the limits and hours allow a call now. */
@Component
public class CheckCallLimitsDelegate implements JavaDelegate {

    private final ContactService contacts;

    public CheckCallLimitsDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ContactService.CallRelease release = contacts.checkCall(execution.getProcessBusinessKey());
        CaseVariables.CALL_ALLOWED.set(execution, release.now());
        CaseVariables.NEXT_CALL_AT.set(execution, IsoMoments.iso(release.at()));
    }
}
