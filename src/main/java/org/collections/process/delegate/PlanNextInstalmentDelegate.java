package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.plan.NextInstalment;
import org.collections.process.IsoMoments;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_PlanNextInstalment: the first unpaid instalment, when to remind and when to check it. */
@Component
public class PlanNextInstalmentDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public PlanNextInstalmentDelegate(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextInstalment next = plans.next(cases.planId(execution));
        CaseVariables.INSTALMENT_NUMBER.set(execution, (long) next.number());
        CaseVariables.INSTALMENT_DUE_DATE.set(execution, next.dueDate().toString());
        CaseVariables.INSTALMENT_DUE_AMOUNT.set(execution, next.amount().toString());
        CaseVariables.INSTALMENT_REMINDER_AT.set(execution, IsoMoments.iso(next.reminderAt()));
        CaseVariables.INSTALMENT_DEADLINE_AT.set(execution, IsoMoments.iso(next.deadlineAt()));
    }
}
