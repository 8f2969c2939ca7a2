package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.customer.AccountCredits;
import org.collections.dossier.Dossier;
import org.springframework.stereotype.Component;

/**
 * RefundCreditProcess Task_UseCreditForOpenInvoices: a manager kept the credit; it pays the customer's open invoices
 * now. The account is the case's business key (the customer number).
 */
@Component
public class UseCreditForOpenInvoicesDelegate implements JavaDelegate {

    private final AccountCredits credits;

    public UseCreditForOpenInvoicesDelegate(AccountCredits credits) {
        this.credits = credits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        credits.useForOpenInvoices(execution.getProcessBusinessKey(), Dossier.SYSTEM);
    }
}
