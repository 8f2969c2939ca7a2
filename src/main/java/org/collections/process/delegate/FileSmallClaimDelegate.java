package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_FileSmallClaim: the claim goes to the small-claims court. */
@Component
public class FileSmallClaimDelegate implements JavaDelegate {

    private final LegalService legal;

    public FileSmallClaimDelegate(LegalService legal) {
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.fileSmallClaim(CaseVariables.INVOICE_ID.require(execution));
    }
}
