package org.collections.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.customer.CreditArisen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Money from a payment became credit on a customer account: a refund case asks a manager whether it goes back to the
 * customer. Started in the payment's transaction, so a payment booked always has its case, and a payment retried
 * after a collision does not leave one behind. Business key: the customer number, which no user can change; the
 * variable naming the credit is checked against it by every step.
 */
@Component
public class RefundCases {

    private static final Logger log = LoggerFactory.getLogger(RefundCases.class);

    private final RuntimeService runtime;

    public RefundCases(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    public void creditArisen(CreditArisen event) {
        ProcessInstance instance = runtime.startProcessInstanceByMessage(RefundCreditProcess.MSG_CREDIT_ARISEN,
                event.customerNumber(), Map.of(CaseVariables.REFUND_ID.name(), event.refundId(),
                        // for finding the case in Tasklist and Cockpit; steps read the business key
                        CaseVariables.CUSTOMER_NUMBER.name(), event.customerNumber()));
        log.info("Opened refund case {} for credit #{} of customer {}", instance.getId(), event.refundId(),
                event.customerNumber());
    }
}
