package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.math.BigDecimal;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_CloseLegalAction: books what the action brought in (nothing when it arrives from a deadline that passed) and
 * says whether the claim is settled or the manager decides again.
 */
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
        String recovered = CaseVariables.RECOVERED.get(execution);
        LegalService.Outcome outcome = legal.close(cases.invoiceId(execution),
                recovered == null ? null : new BigDecimal(recovered));
        // booked: a later action of the same case must not find it again
        CaseVariables.RECOVERED.set(execution, null);
        CaseVariables.LEGAL_OUTCOME.set(execution, outcome.name());
    }
}
