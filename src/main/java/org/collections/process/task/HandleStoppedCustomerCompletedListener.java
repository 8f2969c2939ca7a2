package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.hold.StopDecision;
import org.collections.hold.StopService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_HandleStoppedCustomer, on complete: checks and records the manager's decision (resume only once lifted). */
@Component
public class HandleStoppedCustomerCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final StopService stops;

    public HandleStoppedCustomerCompletedListener(CaseInvoice cases, StopService stops) {
        this.cases = cases;
        this.stops = stops;
    }

    @Override
    public void notify(DelegateTask task) {
        StopDecision decision = TaskInput.validated(() -> stops.decide(cases.invoiceId(task),
                CaseVariables.STOP_DECISION.get(task), CaseVariables.STOP_NOTES.get(task), TaskInput.actor(task)));
        CaseVariables.STOP_DECISION.set(task.getExecution().getProcessInstance(), decision.name());
    }
}
