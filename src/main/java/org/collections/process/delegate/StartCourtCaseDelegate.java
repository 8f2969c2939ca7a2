package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_StartCourtCase: the lawyer takes the claim to court. */
@Component
public class StartCourtCaseDelegate implements JavaDelegate {

    private final LegalService legal;

    public StartCourtCaseDelegate(LegalService legal) {
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.startCourtCase(CaseVariables.INVOICE_ID.require(execution));
    }
}
