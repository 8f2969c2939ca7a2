package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_CheckInstalment: has everything due so far come in? */
@Component
public class CheckInstalmentDelegate implements JavaDelegate {

    private final PaymentPlanService plans;

    public CheckInstalmentDelegate(PaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables.INSTALMENT_PAID.set(execution, plans.checkInstalment(CaseVariables.PLAN_ID.require(execution),
                CaseVariables.INSTALMENT_NUMBER.require(execution).intValue()));
    }
}
