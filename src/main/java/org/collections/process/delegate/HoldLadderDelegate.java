package org.collections.process.delegate;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.hold.HoldService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_HoldLadder: the case left its ladder for a promise to pay or a hold; the timer waits until it ends. */
@Component
public class HoldLadderDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final HoldService holds;

    public HoldLadderDelegate(CaseInvoice cases, HoldService holds) {
        this.cases = cases;
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant until = holds.started(cases.invoiceId(execution));
        CaseVariables.HOLD_UNTIL.set(execution, until.toString());
    }
}
