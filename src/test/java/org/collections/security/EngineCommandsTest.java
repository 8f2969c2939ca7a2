package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** How the guard sorts the engine's commands, and the command fields it reads, on the Camunda 7.24 jar. */
class EngineCommandsTest {

    @Test
    void readsFormsRepairsAndEverythingElse() {
        assertThat(EngineCommands.of(new TaskQueryImpl())).isEqualTo(EngineCommands.READ);
        assertThat(EngineCommands.of(new GetTaskFormVariablesCmd("t", null, true))).isEqualTo(EngineCommands.READ);
        assertThat(EngineCommands.of(new ExecuteFilterListCmd("f", null))).isEqualTo(EngineCommands.READ);
        assertThat(EngineCommands.of(new CompleteTaskCmd("t", Map.of()))).isEqualTo(EngineCommands.FORM_SUBMISSION);
        assertThat(EngineCommands.of(new SubmitTaskFormCmd("t", Map.of(), false, false)))
                .isEqualTo(EngineCommands.FORM_SUBMISSION);
        assertThat(EngineCommands.of(new SubmitStartFormCmd("d", null, Map.of())))
                .isEqualTo(EngineCommands.FORM_SUBMISSION);
        assertThat(EngineCommands.of(new SetJobRetriesCmd("j", null, 1, null, false))).isEqualTo(EngineCommands.CASE_REPAIR);
        assertThat(EngineCommands.of(new SetExecutionVariablesCmd("e", Map.of(), false)))
                .isEqualTo(EngineCommands.CASE_REPAIR);
        assertThat(EngineCommands.of(new DeleteProcessInstanceCmd("p", null, false, false, false, false, false)))
                .isEqualTo(EngineCommands.CASE_REPAIR);
    }

    @Test
    void whatSkipsOrMovesAStepIsAnAdministratorsCommand() {
        assertThat(List.of(StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class,
                ModifyProcessInstanceCmd.class, CorrelateMessageCmd.class, SetJobDuedateCmd.class,
                ExecuteJobsCmd.class, HandleTaskBpmnErrorCmd.class, SetTaskVariablesCmd.class,
                // a subclass of CompleteTaskCmd that is no form submission
                ResolveTaskCmd.class))
                .allSatisfy(command -> assertThat(EngineCommands.of(command)).as(command.getSimpleName())
                        .isEqualTo(EngineCommands.ADMINISTRATION));
    }

    @Test
    void theFieldsTheGuardReadsExistInThisCamunda() {
        assertThat((Object) CommandFields.read(new CompleteTaskCmd("t", Map.of("a", 1)), "taskId")).isEqualTo("t");
        assertThat((Object) CommandFields.read(new CompleteTaskCmd("t", Map.of("a", 1)), "variables"))
                .isEqualTo(Map.of("a", 1));
        assertThat((Object) CommandFields.read(new SubmitTaskFormCmd("t", Map.of("a", 1), false, false),
                "properties")).isEqualTo(Variables.fromMap(Map.of("a", 1)));
        SubmitStartFormCmd start = new SubmitStartFormCmd("d", "k", Map.of("a", 1));
        assertThat((Object) CommandFields.read(start, "processDefinitionId")).isEqualTo("d");
        assertThat((Object) CommandFields.read(start, "businessKey")).isEqualTo("k");
        assertThat((Object) CommandFields.read(start, "variables")).isEqualTo(Variables.fromMap(Map.of("a", 1)));
        DeleteProcessInstanceCmd delete = new DeleteProcessInstanceCmd("p", null, true, false, true, true, true);
        assertThat((Boolean) CommandFields.read(delete, "skipCustomListeners")).isTrue();
        assertThat((Boolean) CommandFields.read(delete, "skipIoMappings")).isTrue();
        assertThat((Boolean) CommandFields.read(delete, "skipSubprocesses")).isTrue();
        TaskQueryImpl extending = new TaskQueryImpl();
        assertThat((Object) CommandFields.read(new ExecuteFilterListCmd("f", extending), "extendingQuery"))
                .isSameAs(extending);
        FilterEntity filter = new FilterEntity("Task");
        assertThat((Object) CommandFields.read(new SaveFilterCmd(filter), "filter")).isSameAs(filter);
    }

    @Test
    void anExpressionAnywhereInATaskQueryIsRefused() {
        TaskQueryImpl plain = new TaskQueryImpl();
        plain.taskAssignee("agent");
        EngineCommandGuard.rejectExpressions(plain);

        TaskQueryImpl top = new TaskQueryImpl();
        top.taskAssigneeExpression("${bean.call()}");
        assertThatThrownBy(() -> EngineCommandGuard.rejectExpressions(top))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("taskAssignee");

        TaskQueryImpl inOr = new TaskQueryImpl();
        inOr.or().taskCandidateGroupExpression("${bean.call()}").endOr();
        assertThatThrownBy(() -> EngineCommandGuard.rejectExpressions(inOr))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("taskCandidateGroup");
    }
}
