package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_ApplyLateFee: day 30, the late fee where policy and contract allow it. */
@Component
public class ApplyLateFeeDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public ApplyLateFeeDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.applyLateFee(cases.invoiceId(execution));
    }
}
