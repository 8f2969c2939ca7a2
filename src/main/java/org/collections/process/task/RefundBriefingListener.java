package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.process.CaseVariables;
import org.collections.process.RefundCases;
import org.springframework.stereotype.Component;

/**
 * Task_DecideRefund, on create: what the manager reads (the customer, the money, where it came from, the credit the
 * account holds now) as task-local variables, and a description that says it in one line in Tasklist's list and
 * header. The customer is the case's business key; the credit its variable, which must be that customer's.
 */
@Component
public class RefundBriefingListener implements TaskListener {

    private final RefundCases refundCases;

    public RefundBriefingListener(RefundCases refundCases) {
        this.refundCases = refundCases;
    }

    @Override
    public void notify(DelegateTask task) {
        RefundCases.Briefing b = refundCases.briefing(CaseVariables.REFUND_ID.require(task),
                task.getExecution().getProcessBusinessKey());
        task.setVariablesLocal(b.variables());
        task.setDescription(b.description());
    }
}
