package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.process.CaseInvoice;
import org.collections.process.PlanCases;
import org.springframework.stereotype.Component;

/** Task_TellInvoicesPlanDefaulted: every invoice of the plan goes on to the legal route. */
@Component
public class TellInvoicesPlanDefaultedDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PlanCases planCases;

    public TellInvoicesPlanDefaultedDelegate(CaseInvoice cases, PlanCases planCases) {
        this.cases = cases;
        this.planCases = planCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        planCases.tellInvoicesDefaulted(cases.planId(execution));
    }
}
