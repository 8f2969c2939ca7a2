package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.process.IsoMoments;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ExpectPayment: the customer paid just now; check again once the money can have arrived. */
@Component
public class ExpectInstalmentPaymentDelegate implements JavaDelegate {

    private final PaymentPlanService plans;

    public ExpectInstalmentPaymentDelegate(PaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables.INSTALMENT_DEADLINE_AT.set(execution, IsoMoments.iso(plans.paymentExpectedBy()));
    }
}
