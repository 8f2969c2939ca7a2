package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.legal.LegalApproval;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveLegalAction, on complete: checks and records the manager's decision, override included; an action the
 * rules do not allow for the claim, or a write-off without a reason, keeps the task open with the reason (400).
 */
@Component
public class ApproveLegalActionCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final LegalService legal;

    public ApproveLegalActionCompletedListener(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void notify(DelegateTask task) {
        LegalApproval approval = TaskInput.validated(() -> legal.approve(cases.invoiceId(task),
                CaseVariables.LEGAL_ACTION.get(task), CaseVariables.APPROVED.get(task),
                CaseVariables.RECOMMENDED_ACTION.require(task), CaseVariables.APPROVAL_NOTES.get(task),
                CaseVariables.WRITE_OFF_REASON.get(task), TaskInput.actor(task)));
        if (approval.reassessAt() != null) {
            CaseVariables.REASSESS_AT.set(task.getExecution().getProcessInstance(), IsoMoments.iso(approval.reassessAt()));
        }
    }
}
