package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A step that lost a race with a concurrent change runs again within seconds, with its tries kept; any other failure
 * keeps the modelled retry cycle (three tries, five minutes apart).
 */
class CollidedJobRetriesTest extends CaseTestSupport {

    private static final AtomicReference<RuntimeException> NEXT_FAILURE = new AtomicReference<>();
    private static final String STEP = "Task_Step";

    /** A step that fails once with what the test gives it, then succeeds. */
    public static class FailsOnce implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            RuntimeException failure = NEXT_FAILURE.getAndSet(null);
            if (failure != null) {
                throw failure;
            }
        }
    }

    private String deployment;
    private long failedFrom;
    private long failedUntil;

    @BeforeEach
    void deployAStepWithTheModelledRetryCycle() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("CollisionProbe").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask(STEP).camundaAsyncBefore().camundaClass(FailsOnce.class.getName())
                .camundaFailedJobRetryTimeCycle("R3/PT5M").userTask("Task_Done").endEvent().done();
        deployment = engine.getRepositoryService().createDeployment().addModelInstance("CollisionProbe.bpmn", model)
                .deploy().getId();
    }

    @AfterEach
    void removeIt() {
        NEXT_FAILURE.set(null);
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @Test
    void aStepThatCollidedWithTheEnginesOptimisticLockRunsAgainWithinSeconds() {
        Job job = failOnceWith(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' "
                + "failed: entity was updated by another transaction concurrently"));

        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getExceptionMessage()).as("a collision is no failure to show in Cockpit").isNull();
        assertThat(due(job)).isBetween(new Date(failedFrom + CollidedJobRetries.MIN_DELAY_MILLIS),
                new Date(failedUntil + CollidedJobRetries.MAX_DELAY_MILLIS));
        ClockUtil.setCurrentTime(due(job));
        assertThat(management.createJobQuery().jobId(job.getId()).executable().count()).isOne();
        management.executeJob(job.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(job.getProcessInstanceId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_Done");
    }

    /** Reported by Hibernate through Spring, the engine would have counted it as a failed try. */
    @Test
    void aCollisionReportedBySpringKeepsEveryTryToo() {
        Job job = failOnceWith(new IllegalStateException("booking failed",
                new ObjectOptimisticLockingFailureException("Invoice", 42L)));

        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(due(job)).isBeforeOrEqualTo(new Date(failedUntil + CollidedJobRetries.MAX_DELAY_MILLIS));
    }

    /** What keeps colliding is not taken for a collision for ever: the modelled retry, in the end an incident. */
    @Test
    void aStepThatKeepsCollidingGetsTheModelledRetryInTheEnd() {
        Job job = failOnceWith(new ObjectOptimisticLockingFailureException("Invoice", 42L));
        for (int collision = 2; collision <= CollidedJobRetries.MAX_COLLISIONS; collision++) {
            job = failOnceWith(job, new ObjectOptimisticLockingFailureException("Invoice", 42L));
        }
        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getExceptionMessage()).isNull();

        job = failOnceWith(job, new ObjectOptimisticLockingFailureException("Invoice", 42L));
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getExceptionMessage()).contains("optimistic locking failed");
        assertThat(due(job)).isAfterOrEqualTo(new Date(failedFrom + 5 * 60_000));
    }

    @Test
    void anyOtherFailureWaitsTheModelledFiveMinutesAndUsesATry() {
        Job job = failOnceWith(new IllegalStateException("mail server down"));

        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getExceptionMessage()).isEqualTo("mail server down");
        assertThat(due(job)).isAfterOrEqualTo(new Date(failedFrom + 5 * 60_000));
    }

    private Job failOnceWith(RuntimeException failure) {
        ProcessInstance instance = runtime.startProcessInstanceByKey("CollisionProbe");
        return failOnceWith(management.createJobQuery().processInstanceId(instance.getId()).singleResult(), failure);
    }

    private Job failOnceWith(Job job, RuntimeException failure) {
        NEXT_FAILURE.set(failure);
        failedFrom = ClockUtil.getCurrentTime().getTime();
        assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
        failedUntil = ClockUtil.getCurrentTime().getTime();
        return management.createJobQuery().jobId(job.getId()).singleResult();
    }

    private static Date due(Job job) {
        return job.getDuedate();
    }
}
