package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_SellToFactor: the invoice is offered to the factor at the policy advance. */
@Component
public class SellToFactorDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public SellToFactorDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        legal.sellToFactor(cases.invoiceId(execution));
    }
}
