package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.collections.process.LegalRouteProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attacks of a user with a valid login, against the running server through both engine APIs: each is refused
 * (400, 401 or 403) and leaves the case as it was: status, balance, dossier, outbox.
 */
class EngineAttackTest extends CaseTestSupport {

    private static final String CALL_DAY1 = CALL_TASK;

    @Autowired
    TestRestTemplate http;
    @Autowired
    FilterService filters;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizations;

    // ------------------------------------------------------------------ 1. expressions

    /** A bean call that would visibly do harm if evaluated: it empties the outbox. */
    private static final String HARM = "${outboxRepository.deleteAll()}";

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {AGENT, MANAGER, ADMIN})
    void anExpressionInAnOrQueryIsNotEvaluated(String user) throws Exception {
        Snapshot before = caseAtDayOneCall();
        ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task?maxResults=5", user,
                Map.of("orQueries", List.of(Map.of("assigneeExpression", HARM))));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("Expressions are not allowed");
        // two deep: the REST layer drops an or-query inside an or-query; either way nothing is evaluated
        ResponseEntity<String> nested = rest(HttpMethod.POST, "/engine-rest/task?maxResults=5", user,
                Map.of("orQueries", List.of(Map.of("taskDefinitionKey", CALL_DAY1,
                        "orQueries", List.of(Map.of("assigneeExpression", HARM))))));
        assertThat(nested.getStatusCode()).as(nested.getBody()).isIn(HttpStatus.OK, HttpStatus.BAD_REQUEST);
        // at the top, in a count: Camunda's own check, kept
        ResponseEntity<String> top = rest(HttpMethod.POST, "/engine-rest/task/count", user,
                Map.of("candidateGroupExpression", HARM));
        assertThat(top.getStatusCode()).as(top.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        before.assertUnchanged();
    }

    @Test
    void anExpressionExtendingASavedFilterIsNotEvaluated() throws Exception {
        Snapshot before = caseAtDayOneCall();
        String calls = filterId("Calls to make");
        for (Object extension : List.of(Map.of("orQueries", List.of(Map.of("assigneeExpression", HARM))),
                Map.of("assigneeExpression", HARM), Map.of("candidateUserExpression", HARM))) {
            for (String path : List.of("/list", "/count")) {
                ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/filter/" + calls + path, AGENT,
                        extension);
                assertThat(answer.getStatusCode()).as(path + " " + extension + ": " + answer.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
            }
        }
        before.assertUnchanged();
    }

    @Test
    void tasklistsOwnFiltersStillWorkForAgents() throws Exception {
        String number = newNumber();
        register(number, "1000.00", START.toLocalDate().minusDays(5));
        runDueJobs();
        ResponseEntity<String> calls = rest(HttpMethod.POST, "/engine-rest/filter/" + filterId("Calls to make")
                + "/list?maxResults=50", AGENT, Map.of("processInstanceBusinessKey", number));
        assertThat(calls.getStatusCode()).as(calls.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(calls.getBody()).contains(CALL_DAY1);
        String callId = task(number, CALL_DAY1).getId();
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + callId + "/claim", AGENT, Map.of("userId", AGENT))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // "My tasks" is the ${currentUser()} filter: stored expressions of an administrator's filter still work
        ResponseEntity<String> mine = rest(HttpMethod.POST, "/engine-rest/filter/" + filterId("My tasks")
                + "/list?maxResults=50", AGENT, Map.of());
        assertThat(mine.getStatusCode()).as(mine.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody()).contains(callId);
    }

    @Test
    void onlyAdministratorsSaveAFilterWithAnExpression() {
        // as if an administrator had let managers make their own Tasklist filters in Admin
        org.camunda.bpm.engine.authorization.Authorization mayCreate = authorizations.createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        mayCreate.setGroupId(Roles.MANAGERS);
        mayCreate.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
        mayCreate.setResourceId(org.camunda.bpm.engine.authorization.Authorization.ANY);
        mayCreate.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE);
        authorizations.saveAuthorization(mayCreate);
        try {
            aFilterWithAnExpressionIsNotSaved();
        } finally {
            authorizations.deleteAuthorization(mayCreate.getId());
        }
    }

    private void aFilterWithAnExpressionIsNotSaved() {
        long filtersBefore = filters.createFilterQuery().count();
        Map<String, Object> filter = Map.of("resourceType", "Task", "name", "sneaky",
                "query", Map.of("assigneeExpression", HARM));
        for (String user : List.of(AGENT, MANAGER)) {
            ResponseEntity<String> saved = rest(HttpMethod.POST, "/engine-rest/filter/create", user, filter);
            assertThat(saved.getStatusCode()).as(user + ": " + saved.getBody())
                    .isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
        }
        assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
    }

    @Test
    void theWebappsEngineApiRefusesExpressionsToo() throws Exception {
        Snapshot before = caseAtDayOneCall();
        WebappSession agent = WebappSession.login(http, AGENT, PASSWORD, "tasklist");
        assertThat(agent.loginStatus()).isEqualTo(200);
        ResponseEntity<String> query = agent.engine(HttpMethod.POST, "/task?maxResults=5",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", HARM))));
        assertThat(query.getStatusCode()).as(query.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> filter = agent.engine(HttpMethod.POST, "/filter/" + filterId("Calls to make")
                + "/list", Map.of("orQueries", List.of(Map.of("assigneeExpression", HARM))));
        assertThat(filter.getStatusCode()).as(filter.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the same session reads without expressions: the refusal is the expression's, not the session's
        assertThat(agent.engine(HttpMethod.POST, "/task?maxResults=5", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        before.assertUnchanged();
    }

    @Test
    void theIntegrationUserGetsNothingFromEitherEngineApi() throws Exception {
        Snapshot before = caseAtDayOneCall();
        WebappSession system = WebappSession.login(http, SYSTEM, PASSWORD, "welcome");
        assertThat(system.loginStatus()).as("no webapp session for a system").isEqualTo(403);
        for (ResponseEntity<String> answer : List.of(
                system.engine(HttpMethod.POST, "/task?maxResults=5", Map.of()),
                system.engine(HttpMethod.POST, "/task?maxResults=5",
                        Map.of("orQueries", List.of(Map.of("assigneeExpression", HARM)))),
                system.engine(HttpMethod.GET, "/process-instance?maxResults=5", null),
                system.engine(HttpMethod.GET, "/user?maxResults=5", null))) {
            assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST,
                    HttpStatus.UNAUTHORIZED);
            assertThat(answer.getBody()).doesNotContain(before.number);
        }
        assertThat(rest(HttpMethod.POST, "/engine-rest/task?maxResults=5", SYSTEM, Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // and were a session ever had, the engine itself refuses a system every command
        identity.setAuthentication(SYSTEM, List.of(Roles.INTEGRATION));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.createTaskQuery().list())
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.createProcessInstanceQuery().count())
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        before.assertUnchanged();
    }

    // ------------------------------------------------------------------ 2. starting at a step, generic operations

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {AGENT, MANAGER})
    void aCaseCannotBeStartedAtAStep(String user) throws Exception {
        Snapshot before = caseAtDayOneCall();
        for (String activity : List.of(CollectionProcess.TASK_CANCEL_INVOICE, CollectionProcess.TASK_APPLY_CREDIT_NOTE,
                CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE)) {
            ResponseEntity<String> started = rest(HttpMethod.POST,
                    "/engine-rest/process-definition/key/CollectionProcess/start", user, Map.of(
                            "businessKey", before.number, "skipCustomListeners", true, "skipIoMappings", true,
                            "variables", Map.of("disputeId", Map.of("value", 1, "type", "Long"),
                                    "creditAmount", Map.of("value", "-500.00")),
                            "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                                    "activityId", activity))));
            assertThat(started.getStatusCode()).as(activity + ": " + started.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        // nor plainly, past the start form's checks
        ResponseEntity<String> plain = rest(HttpMethod.POST, "/engine-rest/process-definition/key/CollectionProcess/start",
                user, Map.of("businessKey", before.number));
        assertThat(plain.getStatusCode()).as(plain.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        // nor a called process without its caller, through the start form it does not have
        String plan = repository.createProcessDefinitionQuery().processDefinitionKey("PaymentPlanProcess")
                .latestVersion().singleResult().getId();
        ResponseEntity<String> planStarted = rest(HttpMethod.POST, "/engine-rest/process-definition/" + plan
                + "/submit-form", user, Map.of("businessKey", before.number, "variables", Map.of()));
        assertThat(planStarted.getStatusCode()).as(planStarted.getBody())
                .isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
        // nor a second conversation with the customer
        ResponseEntity<String> contactStarted = rest(HttpMethod.POST,
                "/engine-rest/process-definition/key/CustomerContactProcess/start", user,
                Map.of("businessKey", before.number));
        assertThat(contactStarted.getStatusCode()).as(contactStarted.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(before.number).list())
                .extracting(i -> repository.getProcessDefinition(i.getProcessDefinitionId()).getKey())
                .containsExactlyInAnyOrder("CollectionProcess", "InvoiceCallProcess", "CustomerContactProcess");
        // nor the call of an invoice on its own
        ResponseEntity<String> callStarted = rest(HttpMethod.POST,
                "/engine-rest/process-definition/key/InvoiceCallProcess/start", user,
                Map.of("businessKey", before.number));
        assertThat(callStarted.getStatusCode()).as(callStarted.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        before.assertUnchanged();
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {AGENT, MANAGER})
    void genericOperationsThatSkipOrMoveStepsAreRefused(String user) throws Exception {
        Snapshot before = caseAtDayOneCall();
        String instance = before.instance.getId();
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(instance).timers()
                .list().stream().findFirst().orElseThrow();
        String day30Timer = timer.getId();
        List<ResponseEntity<String>> answers = List.of(
                rest(HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification", user, Map.of(
                        "skipCustomListeners", true, "instructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", CollectionProcess.TASK_CANCEL_INVOICE)))),
                rest(HttpMethod.POST, "/engine-rest/message", user, Map.of("messageName",
                        CollectionProcess.MSG_INVOICE_PAID_IN_FULL, "businessKey", before.number)),
                rest(HttpMethod.POST, "/engine-rest/signal", user, Map.of("name", "anything")),
                rest(HttpMethod.PUT, "/engine-rest/job/" + day30Timer + "/duedate", user,
                        Map.of("duedate", "2026-03-02T09:00:00.000+0100")),
                rest(HttpMethod.POST, "/engine-rest/job/" + day30Timer + "/execute", user, null),
                rest(HttpMethod.POST, "/engine-rest/task/" + task(before.number, CALL_DAY1).getId() + "/bpmnError",
                        user, Map.of("errorCode", "anything")),
                rest(HttpMethod.PUT, "/engine-rest/task/" + task(before.number, CALL_DAY1).getId()
                        + "/variables/callOutcome", user, Map.of("value", "PAYMENT_PLAN")),
                // a "retry" that moves a healthy timer, or fails it on purpose
                rest(HttpMethod.PUT, "/engine-rest/job/" + day30Timer + "/retries", user,
                        Map.of("retries", 3, "dueDate", "2026-03-02T09:00:00.000+0100")),
                rest(HttpMethod.PUT, "/engine-rest/job/" + day30Timer + "/retries", user, Map.of("retries", 0)),
                // every case of a process at once
                rest(HttpMethod.PUT, "/engine-rest/process-instance/suspended", user,
                        Map.of("processDefinitionKey", CollectionProcess.KEY, "suspended", true)));
        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        org.camunda.bpm.engine.runtime.Job after = management.createJobQuery().jobId(day30Timer).singleResult();
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.getRetries()).isEqualTo(timer.getRetries());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY).suspended().count())
                .isZero();
        assertThat(task(before.number, CALL_DAY1)).isNotNull();
        before.assertUnchanged();
    }

    // ------------------------------------------------------------------ 3. pointing a case at another invoice

    @Test
    void completingATaskAcceptsItsFormsFieldsAndNothingElse() throws Exception {
        Snapshot a = caseAtDayOneCall();
        Snapshot b = caseAtDayOneCall();
        String callOfA = task(a.number, CALL_DAY1).getId();
        for (String endpoint : List.of("/complete", "/submit-form")) {
            ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + callOfA + endpoint, AGENT,
                    Map.of("variables", Map.of("callOutcome", Map.of("value", "DISPUTED"),
                            "callNotes", Map.of("value", "The work was not finished"),
                            "invoiceId", Map.of("value", invoiceId(b.number), "type", "Long"))));
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("invoiceId");
        }
        ResponseEntity<String> setVariable = rest(HttpMethod.PUT, "/engine-rest/task/" + callOfA
                + "/variables/invoiceId", AGENT, Map.of("value", invoiceId(b.number), "type", "Long"));
        assertThat(setVariable.getStatusCode()).as(setVariable.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task(a.number, CALL_DAY1).getId()).isEqualTo(callOfA);
        a.assertUnchanged();
        b.assertUnchanged();
    }

    @Test
    void aChangedVariableCannotPointACaseAtAnotherInvoice() throws Exception {
        Snapshot a = caseAtDayOneCall();
        Snapshot b = caseAtDayOneCall();
        // a manager may edit a variable in Cockpit (a trusted repair, written down), but steps do not read it
        ResponseEntity<String> edited = rest(HttpMethod.PUT, "/engine-rest/process-instance/" + a.instance.getId()
                + "/variables/invoiceId", MANAGER, Map.of("value", invoiceId(b.number), "type", "Long"));
        assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> completed = rest(HttpMethod.POST, "/engine-rest/task/" + task(a.number, CALL_DAY1)
                .getId() + "/complete", AGENT, Map.of("variables", Map.of("callOutcome", Map.of("value", "DISPUTED"),
                        "callNotes", Map.of("value", "The work was not finished"))));
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        runDueJobs();
        assertThat(dossierText(a.number)).contains("The work was not finished")
                .contains("Changed variables: invoiceId").contains(MANAGER);
        b.assertUnchanged();
    }

    // ------------------------------------------------------------------ rejected form values: 400 with the field

    @Test
    void aRejectedFormValueIsABadRequestNamingTheField() throws Exception {
        Snapshot a = caseAtDayOneCall();
        String call = task(a.number, CALL_DAY1).getId();
        for (String endpoint : List.of("/complete", "/submit-form")) {
            ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + call + endpoint, AGENT,
                    Map.of("variables", Map.of("callOutcome", Map.of("value", "PROMISED_TO_PAY"),
                            "promisedDate", Map.of("value", START.toLocalDate().minusDays(3).toString()))));
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("promisedDate").contains("past");
        }
        ResponseEntity<String> tooLong = rest(HttpMethod.POST, "/engine-rest/task/" + call + "/complete", AGENT,
                Map.of("variables", Map.of("callOutcome", Map.of("value", "NO_ANSWER"),
                        "callNotes", Map.of("value", "x".repeat(4001)))));
        assertThat(tooLong.getStatusCode()).as(tooLong.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("callNotes");
        ResponseEntity<String> json = rest(HttpMethod.POST, "/engine-rest/task/" + call + "/complete", AGENT,
                Map.of("variables", Map.of("callOutcome", Map.of("value", "NO_ANSWER"),
                        "callNotes", Map.of("value", "{\"a\":1}", "type", "Json"))));
        assertThat(json.getStatusCode()).as(json.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(task(a.number, CALL_DAY1).getId()).isEqualTo(call);
        a.assertUnchanged();
    }

    // ------------------------------------------------------------------ managers' repairs are written down

    @Test
    void aManagerSuspendsResumesAndCancelsACaseAndTheDossierSaysWho() throws Exception {
        Snapshot a = caseAtDayOneCall();
        String instance = "/engine-rest/process-instance/" + a.instance.getId();
        assertThat(rest(HttpMethod.PUT, instance + "/suspended", AGENT, Map.of("suspended", true)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest(HttpMethod.PUT, instance + "/suspended", MANAGER, Map.of("suspended", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest(HttpMethod.PUT, instance + "/suspended", MANAGER, Map.of("suspended", false)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> skipping = rest(HttpMethod.DELETE, instance + "?skipCustomListeners=true", MANAGER, null);
        assertThat(skipping.getStatusCode()).as(skipping.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest(HttpMethod.DELETE, instance, AGENT, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> cancelled = rest(HttpMethod.DELETE, instance, MANAGER, null);
        assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode entries = invoiceView(a.number).get("dossier");
        List<String> byManager = new java.util.ArrayList<>();
        entries.forEach(e -> {
            if ("OPERATOR".equals(e.get("type").asText()) && MANAGER.equals(e.get("actor").asText())) {
                byManager.add(e.get("summary").asText());
            }
        });
        assertThat(byManager).hasSize(3);
        assertThat(byManager.get(0)).startsWith("Suspended the case");
        assertThat(byManager.get(1)).startsWith("Activated the suspended case");
        assertThat(byManager.get(2)).startsWith("Cancelled the case");
    }

    @Test
    void aCaseSuspendedByAManagerStillEndsWhenItIsPaid() throws Exception {
        Snapshot a = caseAtDayOneCall();
        assertThat(rest(HttpMethod.PUT, "/engine-rest/process-instance/" + a.instance.getId() + "/suspended", MANAGER,
                Map.of("suspended", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pay(a.number, "1000.00", "SUSP-" + a.number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(a.instance.getId()).count()).isZero();
        assertThat(invoiceView(a.number).get("status").asText()).isEqualTo("PAID");
        assertThat(letterTypes(a.number)).contains("PAYMENT_RECEIPT/EMAIL");
    }

    @Test
    void oddValuesAndOversizedCommentsAreRefusedNotFailed() throws Exception {
        Snapshot a = caseAtDayOneCall();
        String call = task(a.number, CALL_DAY1).getId();
        ResponseEntity<String> object = rest(HttpMethod.POST, "/engine-rest/task/" + call + "/complete", AGENT,
                Map.of("variables", Map.of("callOutcome", Map.of("value", "NO_ANSWER"), "callNotes", Map.of(
                        "type", "Object", "value", "{}", "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
                                "serializationDataFormat", "application/json")))));
        assertThat(object.getStatusCode()).as(object.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> nul = rest(HttpMethod.POST, "/engine-rest/task/" + call + "/complete", AGENT,
                Map.of("variables", Map.of("callOutcome", Map.of("value", "NO_ANSWER"),
                        "callNotes", Map.of("value", "before\u0000after"))));
        assertThat(nul.getStatusCode()).as(nul.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> comment = rest(HttpMethod.POST, "/engine-rest/task/" + call + "/comment/create", AGENT,
                Map.of("message", "c".repeat(4001)));
        assertThat(comment.getStatusCode()).as(comment.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> name = rest(HttpMethod.PUT, "/engine-rest/task/" + call, AGENT,
                Map.of("name", "n".repeat(256), "priority", 50));
        assertThat(name.getStatusCode()).as(name.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> profile = rest(HttpMethod.PUT, "/engine-rest/user/" + AGENT + "/profile", AGENT,
                Map.of("id", AGENT, "firstName", "A", "lastName", "Agent", "email", "e".repeat(250) + "@x.example"));
        assertThat(profile.getStatusCode()).as(profile.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(task(a.number, CALL_DAY1).getId()).isEqualTo(call);
        a.assertUnchanged();
    }

    @Test
    void aUserOrGroupWithAnIdTheEngineRefusesIsABadRequestAndNotStored() {
        ResponseEntity<String> user = rest(HttpMethod.POST, "/engine-rest/user/create", ADMIN,
                Map.of("profile", Map.of("id", "bad id!", "firstName", "Bad", "lastName", "Id",
                        "email", "bad@example.com"), "credentials", Map.of("password", "Long-Enough#2026")));
        assertThat(user.getStatusCode()).as(user.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(user.getBody()).contains("id");
        assertThat(identity.createUserQuery().userId("bad id!").count()).isZero();
        ResponseEntity<String> group = rest(HttpMethod.POST, "/engine-rest/group/create", ADMIN,
                Map.of("id", "bad group!", "name", "Bad", "type", "WORKFLOW"));
        assertThat(group.getStatusCode()).as(group.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(identity.createGroupQuery().groupId("bad group!").count()).isZero();
    }

    @Test
    void theStartFormRefusesAKnownInvoiceNumberByName() throws Exception {
        Snapshot a = caseAtDayOneCall();
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(CollectionProcess.KEY)
                .latestVersion().singleResult().getId();
        Map<String, Object> form = new java.util.HashMap<>();
        Map.of("number", a.number, "amount", "250.00", "currency", "EUR", "issueDate", "2026-02-01",
                "dueDate", "2026-03-01", "customerName", "Someone Else", "customerEmail", "else@example.com",
                "customerPhone", "+31 6 1111 2222", "customerAddress", "Elsewhere 1, Amsterdam")
                .forEach((name, value) -> form.put(name, Map.of("value", value)));
        form.put("customerType", Map.of("value", "CONSUMER"));
        form.put("customerCountry", Map.of("value", "NL"));
        ResponseEntity<String> started = rest(HttpMethod.POST, "/engine-rest/process-definition/" + definition
                + "/submit-form", AGENT, Map.of("variables", form));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(started.getBody()).contains("number").contains("already registered");
        a.assertUnchanged();
    }

    @Test
    void aManagersTaskHandedToAnAgentIsStillTheManagersToComplete() throws Exception {
        String legal = newNumber();
        atLegalRoute(legal, "1000.00", "CONSUMER", 62);
        String approval = task(legal, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId();
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + approval + "/assignee", MANAGER,
                Map.of("userId", AGENT)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + approval + "/identity-links", MANAGER,
                Map.of("userId", AGENT, "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + approval + "/submit-form", AGENT,
                Map.of("variables", Map.of("legalAction", Map.of("value", "WRITE_OFF"),
                        "approved", Map.of("value", true))));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task(legal, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId()).isEqualTo(approval);
    }

    @Test
    void aWebappLoginSaysNothingAboutWhichSystemsExist() {
        String probe = "system" + System.nanoTime();
        org.camunda.bpm.engine.identity.User system = identity.newUser(probe);
        system.setPassword(PASSWORD);
        identity.saveUser(system);
        identity.createMembership(probe, Roles.INTEGRATION);
        WebappSession unknown = WebappSession.login(http, "nosuchsystem", "wrong", "welcome");
        WebappSession wrong = WebappSession.login(http, probe, "wrong", "welcome");
        assertThat(wrong.loginStatus()).isEqualTo(unknown.loginStatus()).isEqualTo(401);
        // the same page, but for the moment it was made
        assertThat(withoutMoment(wrong.loginBody())).isEqualTo(withoutMoment(unknown.loginBody()));
    }

    // ------------------------------------------------------------------ an agent never reaches a manager's task

    @Test
    void anAgentCannotCompleteAnApprovalEvenWithItsFields() throws Exception {
        String legal = newNumber();
        atLegalRoute(legal, "1000.00", "CONSUMER", 62);
        String approval = task(legal, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId();
        ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + approval + "/submit-form", AGENT,
                Map.of("variables", Map.of("legalAction", Map.of("value", "WRITE_OFF"),
                        "approved", Map.of("value", true))));
        assertThat(answer.getStatusCode()).as(answer.getBody())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
        assertThat(task(legal, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId()).isEqualTo(approval);
    }

    // ------------------------------------------------------------------ helpers

    private ResponseEntity<String> rest(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setBasicAuth(user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static String withoutMoment(String body) {
        return body == null ? null : body.replaceAll("<div id='created'>[^<]*</div>", "")
                .replaceAll("\"timestamp\":\"[^\"]*\",?", "");
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    /** A case waiting at its day-1 call, with its letters in the outbox, and what an attack must not change. */
    private Snapshot caseAtDayOneCall() throws Exception {
        String number = newNumber();
        ProcessInstance instance = register(number, "1000.00", START.toLocalDate().minusDays(5));
        runDueJobs();
        assertThat(task(number, CALL_DAY1)).isNotNull();
        return new Snapshot(number, instance, invoiceView(number), outbox.count(), messages(number).size());
    }

    private final class Snapshot {

        final String number;
        final ProcessInstance instance;
        final JsonNode view;
        final long outboxSize;
        final int messagesOfCase;

        Snapshot(String number, ProcessInstance instance, JsonNode view, long outboxSize, int messagesOfCase) {
            this.number = number;
            this.instance = instance;
            this.view = view;
            this.outboxSize = outboxSize;
            this.messagesOfCase = messagesOfCase;
        }

        void assertUnchanged() throws Exception {
            JsonNode now = invoiceView(number);
            assertThat(now.get("status")).isEqualTo(view.get("status"));
            assertThat(now.get("balance")).isEqualTo(view.get("balance"));
            assertThat(now.get("dossier")).isEqualTo(view.get("dossier"));
            assertThat(outbox.count()).as("outbox").isGreaterThanOrEqualTo(outboxSize);
            assertThat(messages(number)).as("the case's messages").hasSize(messagesOfCase);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
            assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        }
    }
}
