package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.CallService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_ConfirmPromiseDay1/Day30: every promise is confirmed in writing. */
@Component
public class ConfirmPromiseDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final CallService calls;

    public ConfirmPromiseDelegate(CaseInvoice cases, CallService calls) {
        this.cases = cases;
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.confirmPromise(cases.invoiceId(execution));
    }
}
