package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.customer.CreditRefunds;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * RefundCreditProcess Task_RecordRefund: a manager decided to refund the credit; the account's credit is lowered by
 * it (by what is left when it was used meanwhile). The account is the case's business key (the customer number); the
 * credit named by the variable must be that customer's.
 */
@Component
public class RecordRefundDelegate implements JavaDelegate {

    private final CreditRefunds refunds;

    public RecordRefundDelegate(CreditRefunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        refunds.refund(CaseVariables.REFUND_ID.require(execution), execution.getProcessBusinessKey());
    }
}
