package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.PlannedCase;
import org.collections.hold.HoldService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_ResumeLadder: the promise or hold ended (a broken promise is recorded); the ladder is planned again from the
 * stage the case was at, one stage at a time.
 */
@Component
public class ResumeLadderDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final HoldService holds;

    public ResumeLadderDelegate(CaseInvoice cases, HoldService holds) {
        this.cases = cases;
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlannedCase planned = holds.resume(cases.invoiceId(execution));
        CaseVariables.writePlan(execution, planned);
    }
}
