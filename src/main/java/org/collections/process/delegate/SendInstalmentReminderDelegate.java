package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_SendInstalmentReminder: a reminder a few days before the instalment is due. */
@Component
public class SendInstalmentReminderDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public SendInstalmentReminderDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.sendReminder(cases.planId(execution),
                CaseVariables.INSTALMENT_NUMBER.require(execution).intValue());
    }
}
