package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The requests Cockpit makes when a manager opens its pages (recorded from Cockpit 7.24 in a browser), each as
 * Cockpit sends it: with the session cookie and CSRF token, and without a page size where Cockpit sends none. The
 * engine refuses unbounded list queries; every one of these must still answer 200.
 */
class CockpitPagesTest extends CaseTestSupport {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String PLUGIN = "/camunda/api/cockpit/plugin/base/default";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<String> ok(WebappSession session, HttpMethod method, String path, Object body) {
        ResponseEntity<String> answer = session.exchange(method, path, body, body == null ? null : MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode()).as(method + " " + path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private JsonNode json(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody());
    }

    @Test
    void everyPageAManagerOpensAnswers() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1250.00", START.toLocalDate().plusDays(20));
        String definition = pi.getProcessDefinitionId();
        String id = pi.getId();
        WebappSession manager = WebappSession.login(http, MANAGER, PASSWORD, "cockpit");
        assertThat(manager.loginStatus()).isEqualTo(200);

        // dashboard and processes list
        ok(manager, HttpMethod.GET, ENGINE + "/process-definition/statistics?rootIncidents=true", null);
        ok(manager, HttpMethod.GET, PLUGIN + "/process-definition/statistics-count", null);
        // a definition page: its version dropdown asks for every version of the key, without a page size
        JsonNode versions = json(ok(manager, HttpMethod.GET, ENGINE
                + "/process-definition?key=CollectionProcess&sortBy=version&sortOrder=desc&withoutTenantId=true", null));
        assertThat(versions.size()).isPositive();
        ok(manager, HttpMethod.GET, ENGINE
                + "/process-definition/count?key=CollectionProcess&sortBy=version&sortOrder=desc&withoutTenantId=true",
                null);
        ok(manager, HttpMethod.GET, ENGINE + "/process-definition/" + definition + "/static-called-process-definitions",
                null);
        ok(manager, HttpMethod.GET, ENGINE + "/process-definition/" + definition + "/statistics?incidents=true", null);
        ok(manager, HttpMethod.POST, PLUGIN + "/process-definition/" + definition + "/called-process-definitions",
                Map.of("id", definition));
        ok(manager, HttpMethod.POST, PLUGIN + "/process-instance/count", Map.of("processDefinitionId", definition));

        // an instance page and its tabs
        ok(manager, HttpMethod.GET, ENGINE + "/process-instance/" + id + "/activity-instances", null);
        ok(manager, HttpMethod.POST, ENGINE + "/process-instance?maxResults=1", Map.of("subProcessInstance", id));
        JsonNode variables = json(ok(manager, HttpMethod.POST,
                ENGINE + "/variable-instance?firstResult=0&maxResults=50&deserializeValues=false",
                Map.of("processInstanceIdIn", List.of(id),
                        "sorting", List.of(Map.of("sortBy", "variableName", "sortOrder", "asc")))));
        assertThat(variables.findValuesAsText("name")).contains("invoiceNumber", "customerName", "customerNumber",
                "amount", "balance", "currency");
        ok(manager, HttpMethod.POST, PLUGIN + "/incident/?firstResult=0&maxResults=50",
                Map.of("processInstanceIdIn", List.of(id), "sortBy", "incidentType", "sortOrder", "asc"));
        ok(manager, HttpMethod.POST, PLUGIN + "/process-instance/" + id + "/called-process-instances",
                Map.of("activityInstanceIdIn", List.of()));
        ok(manager, HttpMethod.POST, ENGINE + "/task?firstResult=0&maxResults=50",
                Map.of("processInstanceId", id, "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
        ok(manager, HttpMethod.POST, ENGINE + "/job?firstResult=0&maxResults=50",
                Map.of("processInstanceId", id, "sorting", List.of(Map.of("sortBy", "jobId", "sortOrder", "desc"))));
        ok(manager, HttpMethod.POST, ENGINE + "/external-task/count", Map.of("processInstanceId", id));

        // decisions
        ok(manager, HttpMethod.GET, ENGINE + "/decision-definition?latestVersion=true&sortBy=name&sortOrder=asc", null);
        ok(manager, HttpMethod.GET, ENGINE + "/decision-definition?key=ChooseCollectionRoute&sortBy=version"
                + "&sortOrder=desc&withoutTenantId=true", null);
        ok(manager, HttpMethod.GET, ENGINE + "/decision-requirements-definition?latestVersion=true", null);

        // the search by variable ("Add criteria: Variable"): a text and a number, as Cockpit parses what is typed
        for (Map<String, Object> criterion : List.<Map<String, Object>>of(
                Map.of("name", "invoiceNumber", "operator", "eq", "value", number),
                Map.of("name", "customerName", "operator", "eq", "value", "Jane Debtor"),
                Map.of("name", "amount", "operator", "eq", "value", 1250),
                Map.of("name", "balance", "operator", "gteq", "value", 1000))) {
            JsonNode found = json(ok(manager, HttpMethod.POST,
                    PLUGIN + "/process-instance?firstResult=0&maxResults=50&sortBy=startTime&sortOrder=desc",
                    Map.of("variables", List.of(criterion), "processDefinitionId", definition)));
            assertThat(found.findValuesAsText("id")).as("search by " + criterion).contains(id);
        }
    }

    @Test
    void theWebappsAskForNoWelcomePageAndHideTheMigrationBanner() {
        for (String app : List.of("cockpit", "tasklist", "admin")) {
            assertThat(http.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class))
                    .as(app).contains("disableWelcomeMessage: true");
        }
        for (String app : List.of("cockpit", "tasklist", "admin", "welcome")) {
            assertThat(http.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class))
                    .as(app).contains(".ce-eol-banner {\n  display: none;");
        }
    }

    @Test
    void aCaseIsFoundByInvoiceCustomerAndAmountAndItsBalanceFollowsPayments() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1250.00", START.toLocalDate().plusDays(20));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
                .variableValueEquals("invoiceNumber", number).variableValueEquals("customerName", "Jane Debtor")
                .variableValueEquals("customerNumber", number).variableValueEquals("amount", 1250.0)
                .variableValueEquals("currency", "EUR").list())
                .extracting(ProcessInstance::getId).containsExactly(pi.getId());

        assertThat(pay(number, "250.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);

        assertThat(runtime.getVariable(pi.getId(), "balance")).isEqualTo(1000.0);
        assertThat(runtime.getVariable(pi.getId(), "amount")).isEqualTo(1250.0);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("balance", 1000.0)
                .variableValueEquals("invoiceNumber", number).count()).isOne();
    }
}
