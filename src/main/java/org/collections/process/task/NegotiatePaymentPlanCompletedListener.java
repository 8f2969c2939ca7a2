package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_NegotiatePaymentPlan (plan case), on complete: checks the plan against the policy and the sum of the covered
 * invoices' balances, and stores it.
 */
@Component
public class NegotiatePaymentPlanCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public NegotiatePaymentPlanCompletedListener(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = cases.planId(task);
        TaskInput.validated(() -> plans.agree(planId, CaseVariables.INSTALMENT_COUNT.get(task),
                CaseVariables.INSTALMENT_AMOUNT.get(task), CaseVariables.FIRST_INSTALMENT_DATE.get(task),
                CaseVariables.INSTALMENT_INTERVAL.get(task), TaskInput.actor(task)));
        CaseVariables.PLAN_ID.set(task.getExecution().getProcessInstance(), planId);
    }
}
