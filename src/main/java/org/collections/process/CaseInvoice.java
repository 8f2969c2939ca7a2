package org.collections.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.collections.invoice.InvoiceService;
import org.springframework.stereotype.Component;

/**
 * Which invoice a step works on: the one named by the case's business key, the invoice number. A variable would
 * do as well until somebody changes it (a form field, a Cockpit edit); the business key is set when the case
 * opens and no user operation of the engine's APIs can change it, so a step can never be pointed at another
 * invoice.
 */
@Component
public class CaseInvoice {

    private final InvoiceService invoices;

    public CaseInvoice(InvoiceService invoices) {
        this.invoices = invoices;
    }

    public long invoiceId(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (number == null) {
            throw new IllegalStateException("case " + execution.getProcessInstanceId() + " has no business key");
        }
        return invoices.idOf(number);
    }

    public long invoiceId(DelegateTask task) {
        return invoiceId(task.getExecution());
    }
}
