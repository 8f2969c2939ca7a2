package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.customer.AccountCredits;
import org.collections.dossier.Dossier;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * RefundCreditProcess Task_UseCreditForOpenInvoices: a manager kept the credit; it pays the customer's open invoices
 * now, up to its amount. The account is the case's business key (the customer number); the credit its variable
 * refundId, which must be that customer's.
 */
@Component
public class UseCreditForOpenInvoicesDelegate implements JavaDelegate {

    private final AccountCredits credits;

    public UseCreditForOpenInvoicesDelegate(AccountCredits credits) {
        this.credits = credits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        credits.useForOpenInvoices(execution.getProcessBusinessKey(), CaseVariables.REFUND_ID.require(execution),
                Dossier.SYSTEM);
    }
}
