package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.time.ZonedDateTime;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** Task_SendFinalDemand: day 60, the final demand with its deadline. */
@Component
public class SendFinalDemandDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public SendFinalDemandDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ZonedDateTime deadline = dunning.sendFinalDemand(cases.invoiceId(execution));
        CaseVariables.FINAL_DEMAND_DEADLINE_AT.set(execution, IsoMoments.iso(deadline));
    }
}
