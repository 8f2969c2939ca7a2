package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_SendLateNotice: day 30, notice with statement and warning of legal steps. */
@Component
public class SendLateNoticeDelegate implements JavaDelegate {

    private final DunningService dunning;

    public SendLateNoticeDelegate(DunningService dunning) {
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dunning.sendLateNotice(CaseVariables.INVOICE_ID.require(execution));
    }
}
