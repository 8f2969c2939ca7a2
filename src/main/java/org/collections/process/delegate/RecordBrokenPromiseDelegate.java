package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.CallService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** InvoiceCallProcess Task_RecordBrokenPromise: the promised date and grace passed unpaid. */
@Component
public class RecordBrokenPromiseDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final CallService calls;

    public RecordBrokenPromiseDelegate(CaseInvoice cases, CallService calls) {
        this.cases = cases;
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.recordBrokenPromise(cases.invoiceId(execution));
    }
}
