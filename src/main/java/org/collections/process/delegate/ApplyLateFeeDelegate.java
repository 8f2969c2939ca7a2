package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseSearchVariables;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyLateFee: day 30, the late fee where policy and contract allow it. The case's search variables change here,
 * with the fee, so that the refresh after the booking finds nothing to write while the late notice's step runs.
 */
@Component
public class ApplyLateFeeDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;
    private final CaseSearchVariables search;

    public ApplyLateFeeDelegate(CaseInvoice cases, DunningService dunning, CaseSearchVariables search) {
        this.cases = cases;
        this.dunning = dunning;
        this.search = search;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = cases.invoiceId(execution);
        dunning.applyLateFee(invoiceId);
        search.refresh(execution.getProcessInstance(), invoiceId);
    }
}
