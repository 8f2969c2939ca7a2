package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.collections.worklist.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * Every user task of every model has a deadline from the policy, a priority, and a timer on the same deadline that
 * escalates it to the managers without cancelling it.
 */
class UserTaskDeadlinesModelTest {

    private static final Pattern DEADLINE = Pattern.compile("\\$\\{deadlines\\.due\\('(\\w+)'\\)\\}");

    @Test
    void everyUserTaskHasADeadlineAPriorityAndAnEscalation() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String where = file.getFileName() + " " + task.getId();
                    Matcher due = DEADLINE.matcher(String.valueOf(task.getCamundaDueDate()));
                    assertThat(due.matches()).as(where + " camunda:dueDate").isTrue();
                    assertThat(TaskKind.valueOf(due.group(1))).as(where).isNotNull();

                    assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
                            .list()).as(where + " priority listener on create")
                            .anyMatch(l -> "create".equals(l.getCamundaEvent())
                                    && "${taskPriorityListener}".equals(l.getCamundaDelegateExpression()));

                    List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
                            .filter(b -> b.getAttachedTo() == task)
                            .filter(b -> !b.getChildElementsByType(TimerEventDefinition.class).isEmpty()).toList();
                    assertThat(timers).as(where + " deadline timer").hasSize(1);
                    BoundaryEvent timer = timers.get(0);
                    assertThat(timer.cancelActivity()).as(where + " keeps the task open").isFalse();
                    TimerEventDefinition definition = timer.getChildElementsByType(TimerEventDefinition.class)
                            .iterator().next();
                    assertThat(definition.getTimeDate().getTextContent()).as(where + " timer on the task's deadline")
                            .isEqualTo(task.getCamundaDueDate());
                    assertThat(timer.getOutgoing()).hasSize(1);
                    assertThat(timer.getOutgoing().iterator().next().getTarget()).as(where)
                            .isInstanceOfSatisfying(ServiceTask.class, escalate -> assertThat(
                                    escalate.getCamundaDelegateExpression())
                                    .isEqualTo("${escalateOverdueTaskDelegate}"));
                    checked.add(task.getId());
                }
            }
        }
        assertThat(checked).contains("Task_CallCustomer", "Task_ResolveDispute", "Task_DecideRoute",
                "Task_ApproveLegalAction", "Task_RecordLegalOutcome", "Task_NegotiatePaymentPlan",
                "Task_CallAboutMissedInstalment", "Task_DecideRefund", "Task_MatchPayment");
    }
}
