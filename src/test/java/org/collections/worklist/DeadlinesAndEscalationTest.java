package org.collections.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.collections.process.LegalRouteProcess;
import org.collections.process.PaymentPlanProcess;
import org.collections.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tasks have deadlines and priorities from the policy; a task past its deadline reaches the managers. */
class DeadlinesAndEscalationTest extends CaseTestSupport {

    /** a Thursday: day 1 is a Friday, so a call of day 1 is due on Monday */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 5);

    @Autowired
    FilterService filters;
    @Autowired
    TestRestTemplate http;

    @Test
    void callsToMakeListTheMostMoneyAtRiskFirstWithTheirDeadlines() throws Exception {
        String big = newNumber();
        String small = newNumber();
        register(big, "15000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        Task bigCall = callTask(big);
        assertThat(bigCall.getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(DUE.plusDays(4), LocalTime.of(9, 0), ZONE).toInstant());
        // registered late, the small invoice's call appears later: Tasklist's own sort (newest first) shows it first
        travelTo(DUE.plusDays(1), 11);
        register(small, "40.00", DUE);
        runDueJobs();
        Task smallCall = callTask(small);
        assertThat(bigCall.getPriority()).isGreaterThan(smallCall.getPriority());
        assertThat(smallCall.getDueDate()).isAfter(bigCall.getDueDate());

        // the request Tasklist sends for the filter, as an agent
        ResponseEntity<String> list = rest(HttpMethod.POST, "/engine-rest/filter/" + filterId("Calls to make")
                + "/list?firstResult=0&maxResults=15", AGENT,
                Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
        List<String> ids = json.readTree(list.getBody()).findValuesAsText("id");
        assertThat(ids).contains(bigCall.getId(), smallCall.getId());
        assertThat(ids.indexOf(bigCall.getId())).isLessThan(ids.indexOf(smallCall.getId()));

        // paid down to 10.00, the large debt is now the smaller risk and its call goes down the list
        pay(big, "14990.00", "BANK-" + big);
        assertThat(tasks.createTaskQuery().taskId(bigCall.getId()).singleResult().getPriority())
                .isLessThan(smallCall.getPriority());
        ResponseEntity<String> after = rest(HttpMethod.POST, "/engine-rest/filter/" + filterId("Calls to make")
                + "/list?firstResult=0&maxResults=15", AGENT, Map.of());
        List<String> idsAfter = json.readTree(after.getBody()).findValuesAsText("id");
        assertThat(idsAfter.indexOf(smallCall.getId())).isLessThan(idsAfter.indexOf(bigCall.getId()));
    }

    @Test
    void aDisputeNobodyResolvesInTenContactDaysReachesTheManagersWithItsWorkKept() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "DISPUTED", "callNotes", "Says the delivery was incomplete"));
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        Task dispute = task(number, CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(dispute.getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(DUE.plusDays(15), LocalTime.of(9, 0), ZONE).toInstant());
        tasks.claim(dispute.getId(), AGENT);
        assertThat(candidateGroups(dispute.getId())).containsExactly(Roles.AGENTS);
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + dispute.getId() + "/submit-form", MANAGER,
                Map.of("variables", Map.of("disputeResolution", Map.of("value", "UPHELD")))).getStatusCode())
                .as("not the managers' task before its deadline").isNotEqualTo(HttpStatus.NO_CONTENT);

        travelTo(DUE.plusDays(15), 8);
        assertThat(candidateGroups(dispute.getId())).as("an hour before the deadline").containsExactly(Roles.AGENTS);
        travelTo(DUE.plusDays(15), 10);
        Task escalated = task(number, CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(escalated.getId()).as("the same task, not a new one").isEqualTo(dispute.getId());
        assertThat(escalated.getAssignee()).isEqualTo(AGENT);
        assertThat(candidateGroups(escalated.getId())).containsExactlyInAnyOrder(Roles.AGENTS, Roles.MANAGERS);
        assertThat(escalated.getPriority()).isGreaterThanOrEqualTo(TaskPriority.ESCALATED);
        assertThat(pi).hasPassed("Event_ResolveDisputeOverdue", "Task_EscalateResolveDispute")
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(dossierText(number)).contains("Task 'Resolve dispute' was not done by its deadline")
                .contains("escalated to collection-managers");

        // a manager sees it in the managers' filter and resolves it
        ResponseEntity<String> managers = rest(HttpMethod.POST, "/engine-rest/filter/"
                + filterId("Approvals and decisions") + "/list?firstResult=0&maxResults=15", MANAGER, Map.of());
        assertThat(json.readTree(managers.getBody()).findValuesAsText("id")).contains(escalated.getId());
        ResponseEntity<String> done = rest(HttpMethod.POST, "/engine-rest/task/" + escalated.getId()
                + "/submit-form", MANAGER, Map.of("variables", Map.of("disputeResolution", Map.of("value", "UPHELD"))));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.TASK_SEND_DISPUTE_OUTCOME);
    }

    @Test
    void anAgentCannotMakeHisTaskTheManagersByAddingTheirGroup() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "DISPUTED", "callNotes", "Says the delivery was incomplete"));
        Task dispute = task(number, CollectionProcess.TASK_RESOLVE_DISPUTE);
        rest(HttpMethod.POST, "/engine-rest/task/" + dispute.getId() + "/identity-links", AGENT,
                Map.of("groupId", Roles.MANAGERS, "type", "candidate"));
        ResponseEntity<String> marked = rest(HttpMethod.PUT, "/engine-rest/task/" + dispute.getId()
                + "/localVariables/escalated", AGENT, Map.of("value", true, "type", "Boolean"));
        assertThat(marked.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        ResponseEntity<String> done = rest(HttpMethod.POST, "/engine-rest/task/" + dispute.getId()
                + "/submit-form", MANAGER, Map.of("variables", Map.of("disputeResolution", Map.of("value", "UPHELD"))));
        assertThat(done.getStatusCode()).as(done.getBody()).isNotEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task(number, CollectionProcess.TASK_RESOLVE_DISPUTE).getId()).isEqualTo(dispute.getId());
    }

    @Test
    void aRouteDecisionNobodyTakesInTwoContactDaysComesFirstForTheManagers() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "BUSINESS", 62);
        escalates(number, CollectionProcess.TASK_DECIDE_ROUTE, pi);
        assertThat(dossierText(number)).contains("Task 'Decide route' was not done by its deadline");
    }

    @Test
    void aLegalApprovalAndALegalOutcomeEscalateAtTheirDeadlines() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        ProcessInstance legal = child(pi, LegalRouteProcess.KEY);
        escalates(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, legal);
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", "SMALL_CLAIMS",
                "approved", true, "approvalNotes", ""));
        runDueJobs();
        Task outcome = task(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME);
        assertThat(outcome.getFollowUpDate()).as("asked for halfway").isBefore(outcome.getDueDate());
        escalates(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, legal);
    }

    @Test
    void aPlanNegotiationAndACallAboutAMissedInstalmentEscalateAtTheirDeadlines() throws Exception {
        String number = newNumber();
        register(number, "1200.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN", "callNotes", "Can pay monthly"));
        ProcessInstance plan = planCaseOf(number);
        escalates(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, plan);
        complete(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, Map.of("instalmentCount", 3,
                "instalmentAmount", 400, "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M"));
        runDueJobs();
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);
        escalates(number, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT, plan);
    }

    @Test
    void agentsKeepTheDeadlineAndPriorityButMaySetAFollowUp() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        Task call = callTask(number);
        String path = "/engine-rest/task/" + call.getId();
        // the fields Tasklist sends when it saves a task
        Map<?, ?> read = json.readValue(rest(HttpMethod.GET, path, AGENT, null).getBody(), Map.class);
        Map<String, Object> asIs = new java.util.HashMap<>();
        for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState",
                "due", "followUp", "parentTaskId", "caseInstanceId", "tenantId")) {
            asIs.put(field, read.get(field));
        }

        Map<String, Object> lower = new java.util.HashMap<>(asIs);
        lower.put("priority", 0);
        assertThat(rest(HttpMethod.PUT, path, AGENT, lower).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> later = new java.util.HashMap<>(asIs);
        later.put("due", "2026-12-31T09:00:00.000+0100");
        assertThat(rest(HttpMethod.PUT, path, AGENT, later).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> followUp = new java.util.HashMap<>(asIs);
        followUp.put("followUp", "2026-03-09T09:00:00.000+0100");
        ResponseEntity<String> kept = rest(HttpMethod.PUT, path, AGENT, followUp);
        assertThat(kept.getStatusCode()).as(kept.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Task after = callTask(number);
        assertThat(after.getPriority()).isEqualTo(call.getPriority());
        assertThat(after.getDueDate()).isEqualTo(call.getDueDate());
        assertThat(after.getFollowUpDate()).isNotNull();
    }

    @Test
    void suspendingACaseSuspendsItsCallAndTheCallIsCancelledOnlyWithItsCase() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        ProcessInstance call = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        assertThat(call).isNotNull();

        ResponseEntity<String> cancelled = rest(HttpMethod.DELETE, "/engine-rest/process-instance/" + call.getId(),
                MANAGER, null);
        assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(pi).isWaitingAt(CollectionProcess.CALL_ACTIVITY_DAY1_CALL);

        ResponseEntity<String> suspended = rest(HttpMethod.PUT, "/engine-rest/process-instance/" + pi.getId()
                + "/suspended", MANAGER, Map.of("suspended", true));
        assertThat(suspended.getStatusCode()).as(suspended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(call.getId()).singleResult().isSuspended())
                .as("the case's call is suspended with it").isTrue();
        ResponseEntity<String> activated = rest(HttpMethod.PUT, "/engine-rest/process-instance/" + pi.getId()
                + "/suspended", MANAGER, Map.of("suspended", false));
        assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(call.getId()).singleResult().isSuspended())
                .isFalse();
    }

    /** Past the task's deadline: the same task, still open, also the managers', first in their list. */
    private void escalates(String number, String taskKey, ProcessInstance where) {
        Task before = task(number, taskKey);
        assertThat(before.getDueDate()).as(taskKey + " has a deadline").isNotNull();
        assertThat(before.getPriority()).isLessThan(TaskPriority.ESCALATED);
        travelTo(ZonedDateTime.ofInstant(before.getDueDate().toInstant(), ZONE).plusHours(1));
        Task after = task(number, taskKey);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(candidateGroups(after.getId())).contains(Roles.MANAGERS);
        assertThat(after.getPriority()).isGreaterThanOrEqualTo(TaskPriority.ESCALATED);
        assertThat(where).hasPassed("Task_Escalate" + taskKey.substring("Task_".length())).isWaitingAt(taskKey);
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private ResponseEntity<String> rest(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setBasicAuth(user, PASSWORD);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
