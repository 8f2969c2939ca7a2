package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_StartCourtCase: the lawyer takes the claim to court. */
@Component
public class StartCourtCaseDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public StartCourtCaseDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.startCourtCase(cases.invoiceId(execution));
    }
}
