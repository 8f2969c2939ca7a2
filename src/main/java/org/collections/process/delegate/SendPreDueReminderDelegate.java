package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_SendPreDueReminder: a friendly reminder a week before the due date. */
@Component
public class SendPreDueReminderDelegate implements JavaDelegate {

    private final DunningService dunning;

    public SendPreDueReminderDelegate(DunningService dunning) {
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.sendPreDueReminder(CaseVariables.INVOICE_ID.require(execution));
    }
}
