package org.collections.process;

import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.collections.bank.PaymentMatching;
import org.collections.customer.CreditRefunds;
import org.collections.worklist.Escalations;
import org.collections.worklist.TaskPriorities;
import org.collections.worklist.TaskPriority;
import org.springframework.stereotype.Component;

/**
 * What a task is about: one invoice (the tasks of an invoice case and its legal route, whose business key is the
 * invoice number), a customer (the contact case's call and the plan case's tasks, which cover several invoices), or a
 * customer's credit (the refund case, whose business key is the customer number). Priorities and escalations are
 * reckoned on that.
 */
@Component
public class TaskSubjects {

    private static final Set<String> INVOICE_CASES = Set.of(CollectionProcess.KEY, LegalRouteProcess.KEY);

    private final CaseInvoice cases;
    private final TaskPriorities priorities;
    private final Escalations escalations;
    private final CreditRefunds refunds;
    private final PaymentMatching matching;

    public TaskSubjects(CaseInvoice cases, TaskPriorities priorities, Escalations escalations,
            CreditRefunds refunds, PaymentMatching matching) {
        this.matching = matching;
        this.cases = cases;
        this.priorities = priorities;
        this.escalations = escalations;
        this.refunds = refunds;
    }

    public int priority(DelegateExecution execution) {
        String key = definitionKey(execution);
        if (INVOICE_CASES.contains(key)) {
            return priorities.forInvoice(cases.invoiceId(execution));
        }
        if (RefundCreditProcess.KEY.equals(key)) {
            // the money the customer waits for, which is not overdue
            return TaskPriority.of(refunds.of(CaseVariables.REFUND_ID.require(execution),
                    execution.getProcessBusinessKey()).amount().amount(), 0);
        }
        if (MatchPaymentProcess.KEY.equals(key)) {
            // the money waiting to be booked
            return TaskPriority.of(matching.amountOf(execution.getProcessBusinessKey()).amount(), 0);
        }
        return priorities.forCustomer(CaseVariables.CUSTOMER_NUMBER.require(execution));
    }

    /** The dossier names the task as the model does (a task's name in Tasklist can be edited). */
    public void escalated(DelegateExecution execution, String taskDefinitionKey, Instant deadline,
            boolean toManagers) {
        FlowElement task = execution.getBpmnModelInstance().getModelElementById(taskDefinitionKey);
        String name = task == null || task.getName() == null ? taskDefinitionKey : task.getName();
        String key = definitionKey(execution);
        if (INVOICE_CASES.contains(key)) {
            escalations.escalatedForInvoice(cases.invoiceId(execution), name, deadline, toManagers);
        } else if (RefundCreditProcess.KEY.equals(key)) {
            escalations.escalatedForCustomer(execution.getProcessBusinessKey(), name, deadline, toManagers);
        } else if (MatchPaymentProcess.KEY.equals(key)) {
            escalations.escalatedForPayment(execution.getProcessBusinessKey(), name, deadline);
        } else {
            escalations.escalatedForCustomer(CaseVariables.CUSTOMER_NUMBER.require(execution), name, deadline,
                    toManagers);
        }
    }

    private static String definitionKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
