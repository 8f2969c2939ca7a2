package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.collections.process.CaseInvoice;
import org.collections.process.ContactCases;
import org.springframework.stereotype.Component;

/**
 * CallActivity_Day1Call/Day30Call, on end (also when the next stage, a payment or a dispute interrupts it): a call
 * still asked for is withdrawn, so the customer's call task no longer lists the invoice.
 */
@Component
public class CallWaitEndedListener implements ExecutionListener {

    private final CaseInvoice cases;
    private final ContactCases contactCases;

    public CallWaitEndedListener(CaseInvoice cases, ContactCases contactCases) {
        this.cases = cases;
        this.contactCases = contactCases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        contactCases.withdraw(cases.invoiceId(execution));
    }
}
