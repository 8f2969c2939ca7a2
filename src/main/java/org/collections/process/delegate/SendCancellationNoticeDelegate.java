package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.invoice.InvoiceChangeService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_SendCancellationNotice: the customer learns that the cancelled invoice is not to be paid. */
@Component
public class SendCancellationNoticeDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final InvoiceChangeService changes;

    public SendCancellationNoticeDelegate(CaseInvoice cases, InvoiceChangeService changes) {
        this.cases = cases;
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.sendCancellationNotice(cases.invoiceId(execution));
    }
}
