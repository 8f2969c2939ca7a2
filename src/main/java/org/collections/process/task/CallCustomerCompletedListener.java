package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.dunning.CallService;
import org.collections.dunning.RecordedCall;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** Task_CallCustomer, on complete: checks and records the call; a promise sets the moment it counts as broken. */
@Component
public class CallCustomerCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final CallService calls;

    public CallCustomerCompletedListener(CaseInvoice cases, CallService calls) {
        this.cases = cases;
        this.calls = calls;
    }

    @Override
    public void notify(DelegateTask task) {
        RecordedCall call = TaskInput.validated(() -> calls.record(cases.invoiceId(task),
                CaseVariables.CALL_OUTCOME.get(task), CaseVariables.PROMISED_DATE.get(task),
                CaseVariables.CALL_NOTES.get(task), TaskInput.actor(task)));
        if (call.promiseDeadline() != null) {
            CaseVariables.PROMISE_DEADLINE_AT.set(task.getExecution().getProcessInstance(),
                    IsoMoments.iso(call.promiseDeadline()));
        }
    }
}
