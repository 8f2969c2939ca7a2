package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_WriteOffInvoice: a manager decided to stop collecting, for the reason given with the approval. */
@Component
public class WriteOffInvoiceDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public WriteOffInvoiceDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.writeOff(cases.invoiceId(execution), CaseVariables.WRITE_OFF_REASON.require(execution));
        CaseVariables.LEGAL_OUTCOME.set(execution, LegalService.Outcome.WRITTEN_OFF.name());
    }
}
