package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/**
 * Task_ResumeWorkAfterPayment/AfterCredit/AfterCancellation/AfterCreditNote/AfterInvoiceCancelled: a settled invoice
 * lets the delivery team resume work for the customer, unless another late invoice still holds it stopped.
 */
@Component
public class ResumeWorkDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public ResumeWorkDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.resumeWorkIfNothingHolds(cases.invoiceId(execution));
    }
}
