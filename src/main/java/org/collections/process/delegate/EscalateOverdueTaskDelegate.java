package org.collections.process.delegate;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.collections.process.CaseVariables;
import org.collections.process.TaskSubjects;
import org.collections.security.Roles;
import org.collections.worklist.TaskPriority;
import org.springframework.stereotype.Component;

/**
 * Task_Escalate* (after a task's deadline timer): the task that missed its deadline goes to the managers as well,
 * first in their lists. It stays open where it is, with its assignee and whatever was entered, so no work is lost;
 * the dossier says so.
 */
@Component
public class EscalateOverdueTaskDelegate implements JavaDelegate {

    private final TaskSubjects subjects;

    public EscalateOverdueTaskDelegate(TaskSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(overdueTask(execution)).list()) {
            boolean managersTask = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> Roles.MANAGERS.equals(link.getGroupId()));
            if (!managersTask) {
                tasks.addCandidateGroup(task.getId(), Roles.MANAGERS);
            }
            tasks.setPriority(task.getId(), TaskPriority.escalated(task.getPriority()));
            tasks.setVariableLocal(task.getId(), CaseVariables.ESCALATED.name(), true);
            // the timer fires at the deadline the task was given; the task's own field may have been edited since
            Date deadline = ClockUtil.getCurrentTime();
            subjects.escalated(execution, task.getTaskDefinitionKey(), deadline.toInstant(), !managersTask);
        }
    }

    /** The task whose deadline timer led here: the model says which task the timer is attached to. */
    private static String overdueTask(DelegateExecution execution) {
        FlowNode step = (FlowNode) execution.getBpmnModelElementInstance();
        BoundaryEvent timer = (BoundaryEvent) step.getIncoming().iterator().next().getSource();
        return timer.getAttachedTo().getId();
    }
}
