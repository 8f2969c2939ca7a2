package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_WriteOffInvoice: collecting would cost more than it brings in. */
@Component
public class WriteOffInvoiceDelegate implements JavaDelegate {

    private final LegalService legal;

    public WriteOffInvoiceDelegate(LegalService legal) {
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.writeOff(CaseVariables.INVOICE_ID.require(execution));
        CaseVariables.LEGAL_OUTCOME.set(execution, LegalService.Outcome.WRITTEN_OFF.name());
    }
}
