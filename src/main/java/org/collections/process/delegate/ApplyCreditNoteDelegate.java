package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.math.BigDecimal;
import org.collections.dispute.DisputeService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseSearchVariables;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyCreditNote: the credit lowers the balance; a full credit settles the invoice. The case's search variables
 * change here, with the booking, so that the refresh after the booking finds nothing to write while the case's next
 * step runs.
 */
@Component
public class ApplyCreditNoteDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DisputeService disputes;
    private final CaseSearchVariables search;

    public ApplyCreditNoteDelegate(CaseInvoice cases, DisputeService disputes, CaseSearchVariables search) {
        this.cases = cases;
        this.disputes = disputes;
        this.search = search;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = cases.invoiceId(execution);
        boolean settled = disputes.applyCreditNote(invoiceId, new BigDecimal(CaseVariables.CREDIT_NOTE.require(execution)));
        CaseVariables.BALANCE_SETTLED.set(execution, settled);
        search.refresh(execution.getProcessInstance(), invoiceId);
    }
}
