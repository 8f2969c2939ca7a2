package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/** Task_SendOverdueReminder: day 1, the friendly overdue reminder. */
@Component
public class SendOverdueReminderDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public SendOverdueReminderDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.sendOverdueReminder(cases.invoiceId(execution));
    }
}
