package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.hold.StopService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_WriteOffStoppedInvoice: a manager wrote off an invoice of a customer every contact with whom stopped. */
@Component
public class WriteOffStoppedInvoiceDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final StopService stops;

    public WriteOffStoppedInvoiceDelegate(CaseInvoice cases, StopService stops) {
        this.cases = cases;
        this.stops = stops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        stops.writeOff(cases.invoiceId(execution));
    }
}
