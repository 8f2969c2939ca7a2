package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.plan.PaymentPlanService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_CallAboutMissedInstalment, on complete: checks and records what came of the call. */
@Component
public class MissedInstalmentCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final PaymentPlanService plans;

    public MissedInstalmentCompletedListener(CaseInvoice cases, PaymentPlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput.validated(() -> plans.recordMissedInstalmentCall(cases.planId(task),
                CaseVariables.INSTALMENT_NUMBER.require(task).intValue(), CaseVariables.INSTALMENT_OUTCOME.get(task),
                CaseVariables.NEW_DUE_DATE.get(task), CaseVariables.CALL_NOTES.get(task), TaskInput.actor(task)));
    }
}
