package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_NotifyStopWork: day 30, the delivery team stops ongoing work until paid. */
@Component
public class NotifyStopWorkDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public NotifyStopWorkDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.notifyStopWork(cases.invoiceId(execution));
    }
}
