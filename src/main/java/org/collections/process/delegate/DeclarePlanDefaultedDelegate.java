package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_DeclarePlanDefaulted: the remaining balance is due at once; the legal route follows. */
@Component
public class DeclarePlanDefaultedDelegate implements JavaDelegate {

    private final PaymentPlanService plans;

    public DeclarePlanDefaultedDelegate(PaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.declareDefaulted(CaseVariables.PLAN_ID.require(execution));
    }
}
