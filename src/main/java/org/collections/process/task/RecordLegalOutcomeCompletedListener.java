package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_RecordLegalOutcome, on complete: checks and records what the action brought in, as an exact decimal. */
@Component
public class RecordLegalOutcomeCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final LegalService legal;

    public RecordLegalOutcomeCompletedListener(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void notify(DelegateTask task) {
        var recovered = TaskInput.validated(() -> legal.recordOutcome(cases.invoiceId(task),
                CaseVariables.RECOVERED_AMOUNT.get(task), CaseVariables.LEGAL_OUTCOME_NOTES.get(task),
                TaskInput.actor(task)));
        CaseVariables.RECOVERED.set(task.getExecution().getProcessInstance(), recovered.toPlainString());
    }
}
