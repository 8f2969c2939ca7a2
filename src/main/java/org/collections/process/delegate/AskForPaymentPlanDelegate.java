package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.PlanCases;
import org.springframework.stereotype.Component;

/** Task_AskForPaymentPlan: the invoice asks for a plan; it opens its customer's plan case or joins the open one. */
@Component
public class AskForPaymentPlanDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PlanCases planCases;

    public AskForPaymentPlanDelegate(CaseInvoice cases, PlanCases planCases) {
        this.cases = cases;
        this.planCases = planCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // names the plan case in Cockpit; the plan case itself goes by its business key, not by this variable
        CaseVariables.PLAN_ID.set(execution, planCases.requestPlan(cases.invoiceId(execution)));
    }
}
