package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_SendInstalmentReminder: a reminder a few days before the instalment is due. */
@Component
public class SendInstalmentReminderDelegate implements JavaDelegate {

    private final PaymentPlanService plans;

    public SendInstalmentReminderDelegate(PaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.sendReminder(CaseVariables.PLAN_ID.require(execution),
                CaseVariables.INSTALMENT_NUMBER.require(execution).intValue());
    }
}
