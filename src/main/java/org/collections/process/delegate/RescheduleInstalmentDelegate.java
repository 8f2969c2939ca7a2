package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.time.LocalDate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_RescheduleInstalment: the instalment moves to the agreed new date. */
@Component
public class RescheduleInstalmentDelegate implements JavaDelegate {

    private final PaymentPlanService plans;

    public RescheduleInstalmentDelegate(PaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.reschedule(CaseVariables.PLAN_ID.require(execution), CaseVariables.INSTALMENT_NUMBER.require(execution).intValue(),
                LocalDate.parse(CaseVariables.NEW_DUE_DATE.require(execution).substring(0, 10)));
    }
}
