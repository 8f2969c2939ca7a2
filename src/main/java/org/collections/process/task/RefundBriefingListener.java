package org.collections.process.task;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.customer.CreditRefunds;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Task_DecideRefund, on create: what the manager reads (the customer, the money, where it came from, the credit the
 * account holds now) as task-local variables, and a description that says it in one line in Tasklist's list and
 * header. The customer is the case's business key; the credit its variable, which must be that customer's.
 */
@Component
public class RefundBriefingListener implements TaskListener {

    private final CreditRefunds refunds;

    public RefundBriefingListener(CreditRefunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public void notify(DelegateTask task) {
        CreditRefunds.Briefing b = refunds.briefing(CaseVariables.REFUND_ID.require(task),
                task.getExecution().getProcessBusinessKey());
        Map<String, Object> v = new LinkedHashMap<>();
        // the name Tasklist's columns show for every task
        v.put(CaseVariables.CUSTOMER_NAME.name(), b.customerName());
        v.put("customerEmail", b.customerEmail());
        v.put("customerPhone", b.customerPhone());
        v.put("refundAmount", b.amount().toString());
        v.put("refundCurrency", b.amount().currency().getCurrencyCode());
        v.put("creditSource", b.source());
        v.put("creditNow", b.creditNow().toString());
        task.setVariablesLocal(v);
        task.setDescription("Credit " + b.amount() + " of " + b.customerName() + " (" + b.customerNumber() + ") from "
                + b.source() + ": refund it, or keep it for the customer's next invoice");
    }
}
