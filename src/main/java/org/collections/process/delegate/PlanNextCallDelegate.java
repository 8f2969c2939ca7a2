package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.contact.ContactService;
import org.collections.dunning.NextCall;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** Task_PlanNextCall (contact case): another attempt on the next contact day, within the weekly limit. */
@Component
public class PlanNextCallDelegate implements JavaDelegate {

    private final ContactService contacts;

    public PlanNextCallDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextCall next = contacts.planNextCall(execution.getProcessBusinessKey());
        CaseVariables.CALL_ATTEMPTS_LEFT.set(execution, next.attemptsLeft());
        CaseVariables.NEXT_CALL_AT.set(execution, IsoMoments.iso(next.at()));
    }
}
