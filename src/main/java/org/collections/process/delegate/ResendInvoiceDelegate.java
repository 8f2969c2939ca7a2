package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_ResendInvoiceDay1/Day30: the customer could not be reached; the invoice goes again by email and post. */
@Component
public class ResendInvoiceDelegate implements JavaDelegate {

    private final DunningService dunning;

    public ResendInvoiceDelegate(DunningService dunning) {
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.resendInvoice(CaseVariables.INVOICE_ID.require(execution));
    }
}
