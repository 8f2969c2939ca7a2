package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.bank.BankStatementService;
import org.collections.bank.Camt;
import org.collections.security.Roles;
import org.collections.worklist.TaskPriority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Match payment: a payment nobody matches by its deadline reaches the managers, and is still matched after. */
class MatchPaymentProcessTest extends CaseTestSupport {

    @Autowired
    BankStatementService statements;

    @Test
    void aPaymentNobodyMatchesInTimeReachesTheManagersAndIsStillDecidedAfter() {
        String message = "ESC-" + UUID.randomUUID();
        statements.importFile(Camt.statement(message).credit(message + "-1", "250.00", "Unknown Payer", null,
                "x").bytes(), "test");
        ProcessInstance matchCase = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MatchPaymentProcess.KEY).active().list().stream()
                .filter(pi -> tasks.createTaskQuery().processInstanceId(pi.getId()).count() == 1)
                .max((a, b) -> Long.compare(Long.parseLong(a.getBusinessKey().substring(5)),
                        Long.parseLong(b.getBusinessKey().substring(5))))
                .orElseThrow();
        Task task = tasks.createTaskQuery().processInstanceId(matchCase.getId()).singleResult();
        assertThat(task.getDueDate()).as("a deadline, as every task has").isNotNull();
        assertThat(task.getPriority()).isLessThan(TaskPriority.ESCALATED);

        travelTo(ZonedDateTime.ofInstant(task.getDueDate().toInstant(), ZONE).plusHours(1));
        Task escalated = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(escalated.getPriority()).isGreaterThanOrEqualTo(TaskPriority.ESCALATED);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo(Roles.MANAGERS));
        assertThat(matchCase).hasPassed("Event_MatchPaymentOverdue", "Task_EscalateMatchPayment",
                "EndEvent_MatchPaymentEscalated");

        tasks.complete(task.getId(), Map.of("matchTo", "NOT_OURS", "matchNotes", "a supplier's refund"));
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(matchCase.getId()).singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo(MatchPaymentProcess.END_PAYMENT_NOT_OURS);
    }
}
