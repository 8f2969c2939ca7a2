package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** InvoiceCallProcess Task_ResendInvoice: the customer could not be reached; the invoice goes again by email and post. */
@Component
public class ResendInvoiceDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public ResendInvoiceDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.resendInvoice(cases.invoiceId(execution));
    }
}
