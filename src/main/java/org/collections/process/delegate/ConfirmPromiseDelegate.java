package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.CallService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ConfirmPromise (contact case): the promise of the call confirmed in writing. */
@Component
public class ConfirmPromiseDelegate implements JavaDelegate {

    private final CallService calls;

    public ConfirmPromiseDelegate(CallService calls) {
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.confirmPromise(CaseVariables.CUSTOMER_CALL_ID.require(execution));
    }
}
