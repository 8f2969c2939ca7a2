package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_SendPreDueReminder: a friendly reminder a week before the due date. */
@Component
public class SendPreDueReminderDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public SendPreDueReminderDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.sendPreDueReminder(cases.invoiceId(execution));
    }
}
