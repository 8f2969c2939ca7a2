package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineRestNullValuesTest {

    private static NullPointerException thrownThrough(String... classes) {
        NullPointerException exception = new NullPointerException();
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "m", null, 1);
        }
        exception.setStackTrace(frames);
        return exception;
    }

    @Test
    void aValueMissingFromTheRequestIsTheRequestsFaultAndAFailingStepTheServers() {
        assertThat(EngineRestNullValues.thrownByTheApplication(thrownThrough(
                "org.camunda.bpm.engine.rest.dto.VariableValueDto", "org.camunda.bpm.engine.rest.impl.TaskResource")))
                .isFalse();
        // the engine failing behind the command guard, for a task that does not exist
        assertThat(EngineRestNullValues.thrownByTheApplication(thrownThrough(
                "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity",
                "org.collections.security.EngineCommandGuard", "org.camunda.bpm.engine.rest.sub.task.TaskResource")))
                .isFalse();
        assertThat(EngineRestNullValues.thrownByTheApplication(thrownThrough(
                "org.collections.process.delegate.SendLateNoticeDelegate",
                "org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior",
                "org.collections.security.EngineCommandGuard", "org.camunda.bpm.engine.rest.sub.task.TaskResource")))
                .isTrue();
    }
}
