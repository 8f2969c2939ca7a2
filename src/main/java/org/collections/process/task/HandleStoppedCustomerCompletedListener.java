package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.hold.StopService;
import org.collections.hold.StoppedCaseDecision;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_HandleStoppedCustomer, on complete: checks and records the manager's decision (resume only once lifted), and
 * whether the invoice's dispute is still open (Gateway_DisputeStillOpen takes a resumed case back to it).
 */
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
        StoppedCaseDecision decided = TaskInput.validated(() -> stops.decide(cases.invoiceId(task),
                CaseVariables.STOP_DECISION.get(task), CaseVariables.STOP_NOTES.get(task), TaskInput.actor(task)));
        var instance = task.getExecution().getProcessInstance();
        CaseVariables.STOP_DECISION.set(instance, decided.decision().name());
        CaseVariables.DISPUTE_OPEN.set(instance, decided.disputeOpen());
    }
}
