package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmChangedPlan: an invoice left the agreed plan (a dispute); the instalments still to pay for the invoices
 * still in it are confirmed in writing.
 */
@Component
public class ConfirmChangedPaymentPlanDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public ConfirmChangedPaymentPlanDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.confirmChange(cases.planId(execution));
    }
}
