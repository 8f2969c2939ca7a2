package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_CheckInstalment: has everything due so far come in? */
@Component
public class CheckInstalmentDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public CheckInstalmentDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables.INSTALMENT_PAID.set(execution, plans.checkInstalment(cases.planId(execution),
                CaseVariables.INSTALMENT_NUMBER.require(execution).intValue()));
    }
}
