package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.math.BigDecimal;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_CloseLegalAction: books what was recovered, writes off the rest, closes the case. */
@Component
public class CloseLegalActionDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public CloseLegalActionDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LegalService.Outcome outcome = legal.close(cases.invoiceId(execution),
                new BigDecimal(CaseVariables.RECOVERED.require(execution)));
        CaseVariables.LEGAL_OUTCOME.set(execution, outcome.name());
    }
}
