package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ConfirmPaymentPlan: every agreement is confirmed in writing. */
@Component
public class ConfirmPaymentPlanDelegate implements JavaDelegate {

    private final PaymentPlanService plans;

    public ConfirmPaymentPlanDelegate(PaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.confirm(CaseVariables.PLAN_ID.require(execution));
    }
}
