package org.collections.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters for the people who work the cases: their own tasks, calls to make, negotiations and
 * disputes, and the managers' decisions (every task of their group, Decide refund of credit included). Created once;
 * filters edited in Tasklist are left alone.
 */
@Component
public class TasklistFilters {

    static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", CaseVariables.CUSTOMER_NAME.name(), "label", "Customer"),
            Map.of("name", CaseVariables.INVOICE_NUMBERS.name(), "label", "Invoices"),
            Map.of("name", CaseVariables.TOTAL_OWED.name(), "label", "Owed"),
            Map.of("name", CaseVariables.DAYS_OVERDUE.name(), "label", "Days overdue"));

    private final FilterService filters;
    private final TaskService tasks;

    public TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    void createFilters() {
        create("My tasks", -10, "#3b82f6", "Tasks I have claimed",
                byValueAndDeadline(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        // one call task per customer, however many of its invoices are overdue
        create("Calls to make", -5, "#10b981", "Customers to call: overdue invoices and missed instalments",
                byValueAndDeadline(tasks.createTaskQuery().taskCandidateGroup(Roles.AGENTS).includeAssignedTasks()
                        .taskDefinitionKeyIn("Task_CallCustomer", "Task_CallAboutMissedInstalment")));
        create("Negotiations and disputes", 0, "#f59e0b", "Payment plans to agree and disputes to resolve",
                byValueAndDeadline(tasks.createTaskQuery().taskCandidateGroup(Roles.AGENTS).includeAssignedTasks()
                        .taskDefinitionKeyIn("Task_NegotiatePaymentPlan", "Task_ResolveDispute")));
        create("Payments to match", 2, "#8b5cf6", "Payments from the bank that nothing could book with certainty",
                byValueAndDeadline(tasks.createTaskQuery().taskCandidateGroup(Roles.AGENTS).includeAssignedTasks()
                        .taskDefinitionKey("Task_MatchPayment")));
        // escalated tasks of the agents carry the managers' group too, and come first by their priority
        create("Approvals and decisions", 5, "#ef4444",
                "Route decisions, legal actions to approve and outcomes, stopped customers, refunds of credit, and "
                        + "tasks that missed their deadline",
                byValueAndDeadline(tasks.createTaskQuery().taskCandidateGroup(Roles.MANAGERS).includeAssignedTasks()));
    }

    /**
     * Most money at risk first, then the nearest deadline. Tasklist adds its own sort (creation by default) after
     * the filter's, so this order holds whatever the list header says.
     */
    private static TaskQuery byValueAndDeadline(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    /** Creates the filter, or brings one of an earlier version of the application up to date. */
    private void create(String name, int priority, String color, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).list().stream().findFirst()
                .orElseGet(() -> filters.newTaskFilter(name));
        filter.setQuery(query)
                .setProperties(Map.of("priority", priority, "color", color, "description", description,
                        "refresh", true, "variables", COLUMNS));
        filters.saveFilter(filter);
    }
}
