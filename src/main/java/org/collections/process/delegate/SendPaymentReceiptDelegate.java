package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_SendPaymentReceipt: thank the customer for paying in full. */
@Component
public class SendPaymentReceiptDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public SendPaymentReceiptDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.sendReceipt(cases.invoiceId(execution));
    }
}
