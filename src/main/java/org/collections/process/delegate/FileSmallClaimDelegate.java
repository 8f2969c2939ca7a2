package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_FileSmallClaim: the claim goes to the small-claims court. */
@Component
public class FileSmallClaimDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public FileSmallClaimDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.fileSmallClaim(cases.invoiceId(execution));
    }
}
