package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.CallService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_RecordBrokenPromiseDay1/Day30: the promised date and grace passed unpaid. */
@Component
public class RecordBrokenPromiseDelegate implements JavaDelegate {

    private final CallService calls;

    public RecordBrokenPromiseDelegate(CallService calls) {
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.recordBrokenPromise(CaseVariables.INVOICE_ID.require(execution));
    }
}
