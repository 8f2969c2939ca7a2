package org.collections.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collections.customer.CreditArisen;
import org.collections.customer.CreditRefunds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Money from a payment became credit on a customer account: a refund case asks a manager whether it goes back to the
 * customer. Started in the payment's transaction, so a payment booked always has its case, and a payment retried
 * after a collision does not leave one behind. Business key: the customer number, which no user can change; the
 * variable naming the credit is checked against it by every step.
 *
 * <p>What the manager reads on 'Decide refund of credit' (the customer, the money and where it came from, and the
 * credit the account holds now) is brought up to date when a new invoice or a kept credit uses some of it.
 */
@Component
public class RefundCases {

    private static final Logger log = LoggerFactory.getLogger(RefundCases.class);

    private final RuntimeService runtime;
    private final CreditRefunds refunds;
    private final TaskService tasks;

    public RefundCases(RuntimeService runtime, CreditRefunds refunds, TaskService tasks) {
        this.runtime = runtime;
        this.refunds = refunds;
        this.tasks = tasks;
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

    /** The task's briefing as task-local variables, and its one-line description. */
    public Briefing briefing(long refundId, String customerNumber) {
        CreditRefunds.Briefing b = refunds.briefing(refundId, customerNumber);
        Map<String, Object> v = new LinkedHashMap<>();
        // the name Tasklist's columns show for every task
        v.put(CaseVariables.CUSTOMER_NAME.name(), b.customerName());
        v.put("customerEmail", b.customerEmail());
        v.put("customerPhone", b.customerPhone());
        v.put("refundAmount", b.amount().toString());
        v.put("refundCurrency", b.amount().currency().getCurrencyCode());
        v.put("creditSource", b.source());
        v.put("creditNow", b.creditNow().toString());
        // once a new invoice used some of it, what is left is what a refund would pay
        String left = b.amount().greaterThan(b.creditNow()) ? ", of which " + b.creditNow() + " is left" : "";
        return new Briefing(v, "Credit " + b.amount() + " of " + b.customerName() + " (" + b.customerNumber()
                + ") from " + b.source() + left + ": refund it, or keep it for the customer's open and next invoices");
    }

    /** Brings the customer's open refund decisions up to the credit the account holds now. */
    public void refreshTasksOfCustomer(String customerNumber) {
        for (Task task : tasks.createTaskQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customerNumber).taskDefinitionKey(RefundCreditProcess.TASK_DECIDE_REFUND)
                .list()) {
            Long refundId = CaseVariables.REFUND_ID.from(tasks.getVariable(task.getId(),
                    CaseVariables.REFUND_ID.name()));
            if (refundId != null) {
                Briefing now = briefing(refundId, customerNumber);
                // saved while the task read is current: setting its variables makes it a revision newer
                if (!now.description().equals(task.getDescription())) {
                    task.setDescription(now.description());
                    tasks.saveTask(task);
                }
                tasks.setVariablesLocal(task.getId(), now.variables());
            }
        }
    }

    /** A refund task's variables and description. */
    public record Briefing(Map<String, Object> variables, String description) {
    }
}
