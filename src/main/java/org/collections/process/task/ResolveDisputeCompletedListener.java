package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.dispute.DisputeDecision;
import org.collections.dispute.DisputeService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ResolveDispute, on complete: checks and records the resolution; keeps the credit as an exact decimal. */
@Component
public class ResolveDisputeCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final DisputeService disputes;

    public ResolveDisputeCompletedListener(CaseInvoice cases, DisputeService disputes) {
        this.cases = cases;
        this.disputes = disputes;
    }

    @Override
    public void notify(DelegateTask task) {
        DisputeDecision decision = TaskInput.validated(() -> disputes.resolve(cases.invoiceId(task),
                CaseVariables.DISPUTE_RESOLUTION.get(task), CaseVariables.CREDIT_AMOUNT.get(task),
                CaseVariables.DISPUTE_NOTES.get(task), TaskInput.actor(task)));
        var instance = task.getExecution().getProcessInstance();
        CaseVariables.DISPUTE_ID.set(instance, decision.disputeId());
        CaseVariables.CREDIT_NOTE.set(instance, decision.credit() == null ? null : decision.credit().amount().toPlainString());
    }
}
