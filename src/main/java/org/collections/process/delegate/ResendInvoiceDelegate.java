package org.collections.process.delegate;

import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** InvoiceCallProcess Task_ResendInvoice: the customer could not be reached; the invoice goes again by email and post. */
@Component
public class ResendInvoiceDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final DunningService dunning;

    public ResendInvoiceDelegate(CaseInvoice cases, DunningService dunning) {
        this.cases = cases;
        this.dunning = dunning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the round is counted in this instance's variables: a retried step (its transaction rolled back) repeats its
        // round and finds the letter of that round instead of writing another
        Integer previous = CaseVariables.RESEND_ROUND.get(execution);
        int round = previous == null ? 1 : previous + 1;
        ZonedDateTime callAgainAt = dunning.resendInvoice(cases.invoiceId(execution), round);
        CaseVariables.RESEND_ROUND.set(execution, round);
        CaseVariables.CALL_AGAIN_AT.set(execution, IsoMoments.iso(callAgainAt));
    }
}
