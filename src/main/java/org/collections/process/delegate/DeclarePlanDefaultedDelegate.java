package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_DeclarePlanDefaulted: the remaining balance is due at once; the legal route follows. */
@Component
public class DeclarePlanDefaultedDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public DeclarePlanDefaultedDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.declareDefaulted(cases.planId(execution));
    }
}
