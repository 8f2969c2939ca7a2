package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_ConfirmPaymentPlan: every agreement is confirmed in writing. */
@Component
public class ConfirmPaymentPlanDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public ConfirmPaymentPlanDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.confirm(cases.planId(execution));
    }
}
