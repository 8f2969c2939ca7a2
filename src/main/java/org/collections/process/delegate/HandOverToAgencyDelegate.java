package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_HandOverToAgency: the settlement offer expired; the agency takes over. */
@Component
public class HandOverToAgencyDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public HandOverToAgencyDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.handOverToAgency(cases.invoiceId(execution));
    }
}
