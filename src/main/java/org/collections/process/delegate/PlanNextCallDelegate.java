package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.NextCall;
import org.collections.dunning.CallService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** Task_PlanNextCallDay1/Day30: another attempt on the next contact day, within the weekly limit. */
@Component
public class PlanNextCallDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final CallService calls;

    public PlanNextCallDelegate(CaseInvoice cases, CallService calls) {
        this.cases = cases;
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextCall next = calls.planNextCall(cases.invoiceId(execution));
        CaseVariables.CALL_ATTEMPTS_LEFT.set(execution, next.attemptsLeft());
        CaseVariables.NEXT_CALL_AT.set(execution, IsoMoments.iso(next.at()));
    }
}
