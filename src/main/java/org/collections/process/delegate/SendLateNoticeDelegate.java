package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_SendLateNotice: day 30, notice with statement and warning of legal steps. */
@Component
public class SendLateNoticeDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public SendLateNoticeDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.sendLateNotice(cases.invoiceId(execution));
    }
}
