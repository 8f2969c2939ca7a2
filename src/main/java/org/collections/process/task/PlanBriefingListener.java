package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.process.CaseInvoice;
import org.collections.process.PlanCases;
import org.springframework.stereotype.Component;

/** Task_NegotiatePaymentPlan and Task_CallAboutMissedInstalment, on create: the customer and the plan's invoices. */
@Component
public class PlanBriefingListener implements TaskListener {

    private final CaseInvoice cases;
    private final PlanCases planCases;

    public PlanBriefingListener(CaseInvoice cases, PlanCases planCases) {
        this.cases = cases;
        this.planCases = planCases;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(planCases.briefing(cases.planId(task)));
    }
}
