package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.process.CaseInvoice;
import org.collections.process.ContactCases;
import org.springframework.stereotype.Component;

/** InvoiceCallProcess Task_RequestCall: the invoice asks its customer's contact case for a call. */
@Component
public class RequestCallDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final ContactCases contactCases;

    public RequestCallDelegate(CaseInvoice cases, ContactCases contactCases) {
        this.cases = cases;
        this.contactCases = contactCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contactCases.requestCall(cases.invoiceId(execution));
    }
}
