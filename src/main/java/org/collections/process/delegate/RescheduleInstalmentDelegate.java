package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.time.LocalDate;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_RescheduleInstalment: the instalment moves to the agreed new date. */
@Component
public class RescheduleInstalmentDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public RescheduleInstalmentDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.reschedule(cases.planId(execution), CaseVariables.INSTALMENT_NUMBER.require(execution).intValue(),
                LocalDate.parse(CaseVariables.NEW_DUE_DATE.require(execution).substring(0, 10)));
    }
}
