package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.collections.process.CaseInvoice;
import org.collections.process.PlanCases;
import org.springframework.stereotype.Component;

/**
 * Gateway_InPaymentPlan, on end (a default, a dispute, a customer-wide stop, or the payment in full interrupting it):
 * the invoice leaves its plan, so the negotiation no longer lists it, an agreed plan goes on for the others (recomputed
 * after a dispute), and the plan case ends as paid, stopped or ended when it was the last one.
 */
@Component
public class PlanWaitEndedListener implements ExecutionListener {

    private final CaseInvoice cases;
    private final PlanCases planCases;

    public PlanWaitEndedListener(CaseInvoice cases, PlanCases planCases) {
        this.cases = cases;
        this.planCases = planCases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        planCases.leave(cases.invoiceId(execution));
    }
}
