package org.collections.process;

import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.collections.worklist.Escalations;
import org.collections.worklist.TaskPriorities;
import org.springframework.stereotype.Component;

/**
 * What a task is about: one invoice (the tasks of an invoice case and its legal route, whose business key is the
 * invoice number) or a customer (the contact case's call and the plan case's tasks, which cover several invoices).
 * Priorities and escalations are reckoned on that.
 */
@Component
public class TaskSubjects {

    private static final Set<String> INVOICE_CASES = Set.of(CollectionProcess.KEY, LegalRouteProcess.KEY);

    private final CaseInvoice cases;
    private final TaskPriorities priorities;
    private final Escalations escalations;

    public TaskSubjects(CaseInvoice cases, TaskPriorities priorities, Escalations escalations) {
        this.cases = cases;
        this.priorities = priorities;
        this.escalations = escalations;
    }

    public int priority(DelegateExecution execution) {
        return aboutInvoice(execution) ? priorities.forInvoice(cases.invoiceId(execution))
                : priorities.forCustomer(CaseVariables.CUSTOMER_NUMBER.require(execution));
    }

    /** The dossier names the task as the model does (a task's name in Tasklist can be edited). */
    public void escalated(DelegateExecution execution, String taskDefinitionKey, Instant deadline,
            boolean toManagers) {
        FlowElement task = execution.getBpmnModelInstance().getModelElementById(taskDefinitionKey);
        String name = task == null || task.getName() == null ? taskDefinitionKey : task.getName();
        if (aboutInvoice(execution)) {
            escalations.escalatedForInvoice(cases.invoiceId(execution), name, deadline, toManagers);
        } else {
            escalations.escalatedForCustomer(CaseVariables.CUSTOMER_NUMBER.require(execution), name, deadline,
                    toManagers);
        }
    }

    private static boolean aboutInvoice(DelegateExecution execution) {
        String key = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        return INVOICE_CASES.contains(key);
    }
}
