package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dispute.DisputeService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_CancelInvoice: the dispute ends with the invoice withdrawn. */
@Component
public class CancelInvoiceDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DisputeService disputes;

    public CancelInvoiceDelegate(CaseInvoice cases, DisputeService disputes) {
        this.cases = cases;
        this.disputes = disputes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disputes.cancel(cases.invoiceId(execution));
    }
}
