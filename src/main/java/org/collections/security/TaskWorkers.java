package org.collections.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.collections.process.CaseVariables;

/**
 * Who may complete a task: a member of the candidate groups its model names. Assigning the task to somebody,
 * or adding a candidate in Tasklist, lets that person see it (Camunda grants it), but an approval meant for
 * managers stays a manager's decision, whoever it was handed to. The model changes only with a deployment, which
 * is an administrator's.
 */
final class TaskWorkers {

    private final Supplier<ProcessEngineServices> engine;
    private final Map<String, Set<String>> groupsByTaskDefinition = new ConcurrentHashMap<>();

    TaskWorkers(Supplier<ProcessEngineServices> engine) {
        this.engine = engine;
    }

    void checkMayComplete(String taskId, List<String> callerGroups) {
        Task task = engine.get().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
            return; // not visible to this user, or no model: the engine answers as usual
        }
        Set<String> groups = candidateGroups(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (callerGroups.contains(Roles.MANAGERS) && escalatedToManagers(taskId)) {
            return; // a task that missed its deadline is the managers' to finish too
        }
        if (!groups.isEmpty() && callerGroups.stream().noneMatch(groups::contains)) {
            throw new AuthorizationException("Task '" + task.getName() + "' is for " + String.join(", ", groups)
                    + ": it was handed to a user who is not in that group.");
        }
    }

    /**
     * The escalation step marks a task that missed its deadline with a task variable. The mark, not the managers'
     * candidate group, decides: a user who may add a candidate group to a task cannot set its variables outside a
     * form, and no form has that field.
     */
    private boolean escalatedToManagers(String taskId) {
        return Boolean.TRUE.equals(
                engine.get().getTaskService().getVariableLocal(taskId, CaseVariables.ESCALATED.name()));
    }

    /** The model's literal candidate groups; none when it names none (or computes them). */
    Set<String> candidateGroups(String processDefinitionId, String taskDefinitionKey) {
        return groupsByTaskDefinition.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, key -> {
            UserTask task = engine.get().getRepositoryService().getBpmnModelInstance(processDefinitionId)
                    .getModelElementById(taskDefinitionKey);
            String groups = task == null ? null : task.getCamundaCandidateGroups();
            if (groups == null || groups.isBlank() || groups.contains("{")) {
                return Set.of();
            }
            return Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        });
    }
}
