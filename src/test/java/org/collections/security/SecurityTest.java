package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.collections.process.LegalRouteProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Nobody gets in where they don't belong: over real HTTP, against the running server. */
class SecurityTest extends CaseTestSupport {

    private static final String PROBE = "probe1";

    @Autowired
    TestRestTemplate http;

    @org.junit.jupiter.api.BeforeEach
    void probeUser() {
        if (identity.createUserQuery().userId(PROBE).count() == 0) {
            org.camunda.bpm.engine.identity.User probe = identity.newUser(PROBE);
            probe.setPassword(PASSWORD);
            identity.saveUser(probe);
        }
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String user, String password, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/invoices", "POST, /api/invoices", "GET, /api/invoices/INV-1",
            "POST, /api/invoices/INV-1/payments", "POST, /api/customers/K-1/payments", "GET, /api/payments/unmatched",
            "GET, /api/outbox",
            "GET, /api/outbox/1/pdf", "POST, /api/outbox/1/posted", "GET, /api/invoices/INV-1/messages",
            "GET, /engine-rest/task", "GET, /engine-rest/process-instance", "GET, /engine-rest/process-definition",
            "POST, /engine-rest/deployment/create", "GET, /engine-rest/user", "GET, /engine-rest/history/process-instance",
            "POST, /engine-rest/message"})
    void everyApiEndpointWantsCredentials(HttpMethod method, String path) {
        assertThat(call(method, path, null, null, "{}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a user of its own: every wrong password counts towards Camunda's lock-out of that user
        ResponseEntity<String> wrongPassword = call(method, path, PROBE, "wrong", "{}");
        ResponseEntity<String> unknownUser = call(method, path, "nobody-" + method, "wrong", "{}");
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withoutTimestamp(unknownUser.getBody())).as("no hint whether the user exists")
                .isEqualTo(withoutTimestamp(wrongPassword.getBody()));
    }

    @Test
    void theApiRefusesCallersWithProblemDetails() throws Exception {
        for (ResponseEntity<String> refused : List.of(call(HttpMethod.GET, "/api/invoices", null, null, null),
                call(HttpMethod.GET, "/api/invoices", PROBE, "wrong", null),
                call(HttpMethod.POST, "/api/invoices", "nobody", "wrong", "{}"))) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .isEqualTo("Basic realm=\"Collections\"");
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(refused.getBody())).containsEntry("status", 401).containsEntry("title", "Unauthorized");
        }
        // an integration system may report payments but not confirm letters as posted, nor use other methods
        for (ResponseEntity<String> refused : List.of(
                call(HttpMethod.POST, "/api/outbox/1/posted", SYSTEM, PASSWORD, null),
                call(HttpMethod.DELETE, "/api/invoices/INV-1", SYSTEM, PASSWORD, null))) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(refused.getBody())).containsEntry("status", 403).containsEntry("title", "Forbidden");
        }
    }

    /**
     * The changes the invoicing system reports (credit note, cancellation, due date) are open to exactly those who may
     * report a payment. The attack: a user in no group, and an agent and a manager with only their Tasklist session,
     * try to cancel, credit and re-date a running case; each is refused as the payment endpoint refuses them, and the
     * case is untouched.
     */
    @Test
    void invoiceChangesAreRefusedWhereAPaymentIsRefused() throws Exception {
        String number = newNumber();
        register(number, "1000.00", START.toLocalDate().plusDays(20));
        String outsider = "outsider1";
        if (identity.createUserQuery().userId(outsider).count() == 0) {
            org.camunda.bpm.engine.identity.User user = identity.newUser(outsider);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        Map<String, Object> payment = Map.of("amount", "1000.00", "currency", "EUR", "paidAt", "2026-03-02",
                "reference", "ATTACK-" + number);
        Map<String, Map<String, Object>> changes = Map.of(
                "POST /api/invoices/" + number + "/credit-notes", Map.of("amount", "1000.00", "reference", "ATT-1"),
                "POST /api/invoices/" + number + "/cancellation", Map.of("reason", "attack"),
                "PUT /api/invoices/" + number + "/due-date", Map.of("dueDate", "2027-01-01"));

        ResponseEntity<String> outsiderPays = call(HttpMethod.POST, "/api/invoices/" + number + "/payments", outsider,
                PASSWORD, payment);
        assertThat(outsiderPays.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        changes.forEach((endpoint, body) -> {
            String[] methodAndPath = endpoint.split(" ");
            ResponseEntity<String> answer = call(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1], outsider,
                    PASSWORD, body);
            assertThat(answer.getStatusCode()).as(endpoint).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });

        for (String staff : List.of(AGENT, MANAGER)) {
            WebappSession session = WebappSession.login(http, staff, PASSWORD, "tasklist");
            assertThat(session.loginStatus()).as(staff + " logs in to Tasklist").isEqualTo(200);
            HttpStatus paymentRefused = HttpStatus.valueOf(session.exchange(HttpMethod.POST,
                    "/api/invoices/" + number + "/payments", payment, MediaType.APPLICATION_JSON).getStatusCode()
                    .value());
            assertThat(paymentRefused).as("a Tasklist session is no API login").isIn(HttpStatus.UNAUTHORIZED,
                    HttpStatus.FORBIDDEN);
            changes.forEach((endpoint, body) -> {
                String[] methodAndPath = endpoint.split(" ");
                assertThat(session.exchange(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1], body,
                        MediaType.APPLICATION_JSON).getStatusCode().value()).as(staff + " " + endpoint)
                        .isEqualTo(paymentRefused.value());
            });
        }

        com.fasterxml.jackson.databind.JsonNode view = getJson("/api/invoices/" + number);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("credited").decimalValue()).isZero();
        assertThat(view.get("dueDate").asText()).isEqualTo(START.toLocalDate().plusDays(20).toString());
        assertThat(caseOf(number)).as("the case runs on").isNotNull();

        // the invoicing system and managers report these changes: their answers agree with a payment's
        String unknown = "NO-SUCH-" + number;
        changes.forEach((endpoint, body) -> {
            String[] methodAndPath = endpoint.split(" ");
            assertThat(call(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1].replace(number, unknown), AGENT,
                    PASSWORD, body).getStatusCode()).as("an agent: " + endpoint).isEqualTo(HttpStatus.FORBIDDEN);
        });
        for (String user : List.of(MANAGER, SYSTEM)) {
            HttpStatus paid = HttpStatus.valueOf(call(HttpMethod.POST, "/api/invoices/" + unknown + "/payments", user,
                    PASSWORD, Map.of("amount", "1.00", "currency", "EUR", "paidAt", "2026-03-02", "reference",
                            "UNKNOWN-" + user + "-" + number)).getStatusCode().value());
            assertThat(paid).as(user + " reports a payment").isEqualTo(HttpStatus.NOT_FOUND);
            changes.forEach((endpoint, body) -> {
                String[] methodAndPath = endpoint.split(" ");
                assertThat(call(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1].replace(number, unknown), user,
                        PASSWORD, body).getStatusCode()).as(user + " " + endpoint).isEqualTo(paid);
            });
        }
    }

    @Test
    void aPathParameterIsABadRequestForAnyoneNeverA500() {
        for (String path : List.of("/engine-rest;x=1/task/count", "/engine-rest/task;x=1/count",
                "/api/invoices;jsessionid=1", "/camunda/api/engine;x=1/engine/default/task/count")) {
            for (String user : java.util.Arrays.asList(null, ADMIN)) {
                ResponseEntity<String> answer = call(HttpMethod.GET, path, user, ADMIN_PASSWORD, null);
                assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        assertThat(call(HttpMethod.GET, "/engine-rest/task/count", ADMIN, ADMIN_PASSWORD, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aMissingValueInAnEngineRequestIsABadRequestNotA500NamingJavaClasses() throws Exception {
        String number = newNumber();
        register(number, "100.00", START.toLocalDate().plusDays(20));
        ResponseEntity<String> missing = call(HttpMethod.GET, "/engine-rest/task/no-such-task/deployed-form", ADMIN,
                ADMIN_PASSWORD, null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).doesNotContain("java.", "NullPointerException", "org.camunda");

        ResponseEntity<String> nullVariable = call(HttpMethod.POST, "/engine-rest/task/no-such-task/complete", ADMIN,
                ADMIN_PASSWORD, "{\"variables\":{\"callOutcome\":null}}");
        assertThat(nullVariable.getStatusCode().value()).as(nullVariable.getBody()).isIn(400, 404);
        assertThat(nullVariable.getBody()).doesNotContain("NullPointerException", "VariableValueDto");
    }

    @Test
    void healthAndTheApiDocumentAreOpen() {
        assertThat(call(HttpMethod.GET, "/actuator/health", null, null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.GET, "/v3/api-docs", null, null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.GET, "/actuator/env", null, null, null).getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void anAgentWorksCallsOverRestButNotTheManagersApprovals() throws Exception {
        String number = newNumber();
        register(number, "1000.00", START.toLocalDate().minusDays(5));
        runDueJobs();
        String legal = newNumber();
        atLegalRoute(legal, "1000.00", "CONSUMER", 62);

        ResponseEntity<String> tasks = call(HttpMethod.GET, "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + number,
                AGENT, PASSWORD, null);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).contains(CALL_TASK);
        String callId = callTask(number).getId();
        ResponseEntity<String> completed = call(HttpMethod.POST, "/engine-rest/task/" + callId + "/complete", AGENT,
                PASSWORD, Map.of("variables", Map.of("callOutcome", Map.of("value", "REFUSED"))));
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(call(HttpMethod.GET, "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + legal, AGENT, PASSWORD, null)
                .getBody()).isEqualTo("[]");
        String approvalId = task(legal, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId();
        ResponseEntity<String> approval = call(HttpMethod.POST, "/engine-rest/task/" + approvalId + "/complete",
                AGENT, PASSWORD, Map.of("variables", Map.of("legalAction", Map.of("value", "WRITE_OFF"),
                        "approved", Map.of("value", true))));
        assertThat(approval.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(task(legal, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId()).isEqualTo(approvalId);

        ResponseEntity<String> asManager = call(HttpMethod.POST, "/engine-rest/task/" + approvalId + "/complete",
                MANAGER, PASSWORD, Map.of("variables", Map.of("legalAction", Map.of("value", "SMALL_CLAIMS"),
                        "approved", Map.of("value", true))));
        assertThat(asManager.getStatusCode()).as(asManager.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyAdministratorsDeploy() throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "sneaky");
        parts.add("data", new ByteArrayResource(("<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/"
                + "BPMN/20100524/MODEL\" targetNamespace=\"x\"><process id=\"Sneaky\" isExecutable=\"true\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" camunda:historyTimeToLive=\"1\">"
                + "<startEvent id=\"s\"/></process></definitions>").getBytes()) {
            @Override
            public String getFilename() {
                return "sneaky.bpmn";
            }
        });
        for (String user : List.of(AGENT, MANAGER)) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, PASSWORD);
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> deployed = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                    new HttpEntity<>(parts, headers), String.class);
            assertThat(deployed.getStatusCode()).as(user + ": " + deployed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        HttpHeaders admin = new HttpHeaders();
        admin.setBasicAuth(ADMIN, ADMIN_PASSWORD);
        admin.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> deployed = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, admin), String.class);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        http.exchange("/engine-rest/deployment/" + json(deployed.getBody()).get("id") + "?cascade=true",
                HttpMethod.DELETE, new HttpEntity<>(admin), String.class);
    }

    @Test
    void aManagerReadsEveryCaseAndItsHistory() throws Exception {
        register(newNumber(), "100.00", START.toLocalDate().plusDays(20));
        register(newNumber(), "200.00", START.toLocalDate().plusDays(20));
        long cases = runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY).count();
        ResponseEntity<String> count = call(HttpMethod.GET,
                "/engine-rest/process-instance/count?processDefinitionKey=CollectionProcess", MANAGER, PASSWORD, null);
        assertThat(json(count.getBody()).get("count")).isEqualTo((int) cases);
        ResponseEntity<String> history = call(HttpMethod.GET,
                "/engine-rest/history/process-instance/count?processDefinitionKey=CollectionProcess", MANAGER,
                PASSWORD, null);
        assertThat((Integer) json(history.getBody()).get("count")).isGreaterThanOrEqualTo((int) cases);
        ResponseEntity<String> asAgent = call(HttpMethod.GET, "/engine-rest/history/process-instance/count", AGENT,
                PASSWORD, null);
        assertThat(json(asAgent.getBody()).get("count")).isEqualTo(0);
    }

    @Test
    void anIntegrationUserRegistersInvoicesButCannotReadTasks() throws Exception {
        String number = newNumber();
        ResponseEntity<String> created = call(HttpMethod.POST, "/api/invoices", SYSTEM, PASSWORD,
                invoice(number, "75.00", LocalDate.of(2026, 4, 1)));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(call(HttpMethod.GET, "/engine-rest/task", SYSTEM, PASSWORD, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappLogin.login(http, SYSTEM, PASSWORD, "tasklist")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eachRoleOpensOnlyItsWebapps() {
        assertThat(WebappLogin.login(http, AGENT, PASSWORD, "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, AGENT, PASSWORD, "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappLogin.login(http, AGENT, PASSWORD, "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappLogin.login(http, MANAGER, PASSWORD, "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, MANAGER, PASSWORD, "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, MANAGER, PASSWORD, "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappLogin.login(http, ADMIN, ADMIN_PASSWORD, "admin")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, PROBE, "wrong", "tasklist")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static String withoutTimestamp(String body) {
        return body == null ? null : body.replaceAll("\"timestamp\":\"[^\"]*\",", "");
    }


    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String body) throws Exception {
        return this.json.readValue(body, Map.class);
    }
}
