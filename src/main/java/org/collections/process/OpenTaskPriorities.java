package org.collections.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.collections.worklist.TaskPriorities;
import org.collections.worklist.TaskPriority;
import org.springframework.stereotype.Component;

/**
 * Sets an open task's priority again when the money at risk changed (a payment, an invoice joining a call). A task
 * escalated at its deadline keeps at least the escalated priority, so it stays first in the managers' list.
 */
@Component
public class OpenTaskPriorities {

    private final TaskService tasks;
    private final TaskPriorities priorities;

    public OpenTaskPriorities(TaskService tasks, TaskPriorities priorities) {
        this.tasks = tasks;
        this.priorities = priorities;
    }

    public void ofInvoice(Task task, long invoiceId) {
        set(task, priorities.forInvoice(invoiceId));
    }

    public void ofCustomer(Task task, String customerNumber) {
        set(task, priorities.forCustomer(customerNumber));
    }

    private void set(Task task, int priority) {
        boolean escalated = Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), CaseVariables.ESCALATED.name()));
        int now = escalated ? TaskPriority.escalated(priority) : priority;
        // by id: the task object was read before its briefing changed, which counts as a change of the task
        tasks.setPriority(task.getId(), now);
    }
}
