package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.customer.CreditRefunds;
import org.collections.customer.RefundDecision;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_DecideRefund, on complete: checks and records the manager's decision (REFUND or KEEP); anything else keeps
 * the task open with the field's message.
 */
@Component
public class DecideRefundCompletedListener implements TaskListener {

    private final CreditRefunds refunds;

    public DecideRefundCompletedListener(CreditRefunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public void notify(DelegateTask task) {
        RefundDecision decision = TaskInput.validated(() -> refunds.decide(CaseVariables.REFUND_ID.require(task),
                task.getExecution().getProcessBusinessKey(), CaseVariables.REFUND_DECISION.get(task),
                CaseVariables.REFUND_NOTES.get(task), TaskInput.actor(task)));
        // the gateway reads the case's variable, in the checked spelling
        CaseVariables.REFUND_DECISION.set(task.getExecution().getProcessInstance(), decision.name());
    }
}
