package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.math.BigDecimal;
import org.collections.dispute.DisputeService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ApplyCreditNote: the credit lowers the balance; a full credit settles the invoice. */
@Component
public class ApplyCreditNoteDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DisputeService disputes;

    public ApplyCreditNoteDelegate(CaseInvoice cases, DisputeService disputes) {
        this.cases = cases;
        this.disputes = disputes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean settled = disputes.applyCreditNote(cases.invoiceId(execution),
                new BigDecimal(CaseVariables.CREDIT_NOTE.require(execution)));
        CaseVariables.BALANCE_SETTLED.set(execution, settled);
    }
}
