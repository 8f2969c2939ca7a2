package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dispute.DisputeResolution;
import java.math.BigDecimal;
import org.collections.dispute.DisputeService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_SendDisputeOutcome: tell the customer how the dispute ended before collection resumes. */
@Component
public class SendDisputeOutcomeDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DisputeService disputes;

    public SendDisputeOutcomeDelegate(CaseInvoice cases, DisputeService disputes) {
        this.cases = cases;
        this.disputes = disputes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String credit = CaseVariables.CREDIT_NOTE.get(execution);
        disputes.sendOutcome(cases.invoiceId(execution), CaseVariables.DISPUTE_ID.require(execution),
                DisputeResolution.valueOf(CaseVariables.DISPUTE_RESOLUTION.require(execution)),
                credit == null ? null : new BigDecimal(credit));
    }
}
