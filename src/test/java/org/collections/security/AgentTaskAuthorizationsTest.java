package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The agents read and work the tasks of their own models through one grant per model instead of a row per task
 * ({@link AgentTaskAuthorizations}): what each user may see and do stays as it was with the rows.
 */
class AgentTaskAuthorizationsTest extends CaseTestSupport {

    private static final String OUTSIDER = "outsider2";

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;
    @Autowired
    AuthorizationSetup authorizationSetup;
    @Autowired
    TestRestTemplate http;

    /**
     * The grant on a model lets the agents read and work every task of it, so a model listed there must have no task
     * that is not the agents': each of its user tasks names collection-agents as a candidate group, which with rows
     * per task gave the agents the same rights on it.
     */
    @Test
    void everyUserTaskOfTheAgentsModelsIsTheAgents() {
        for (String key : AgentTaskAuthorizations.DEFINITIONS) {
            List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .list();
            assertThat(versions).as("deployed versions of " + key).isNotEmpty();
            for (ProcessDefinition version : versions) {
                var userTasks = repository.getBpmnModelInstance(version.getId()).getModelElementsByType(UserTask.class);
                assertThat(userTasks).as("user tasks of " + key).isNotEmpty();
                for (UserTask task : userTasks) {
                    String groups = task.getCamundaCandidateGroups();
                    assertThat(groups == null ? List.<String>of()
                            : Arrays.stream(groups.split(",")).map(String::trim).toList())
                            .as(key + " " + task.getId() + " is for the agents").contains(Roles.AGENTS);
                }
            }
        }
    }

    @Test
    void theAgentsGetNoRowPerCallButOthersStillDo() throws Exception {
        String number = newNumber();
        register(number, "1000.00", START.toLocalDate().minusDays(5));
        runDueJobs();
        String callId = callTask(number).getId();
        assertThat(taskRows(callId, Roles.AGENTS, null)).isEmpty();

        // escalated: the managers' group is added, and the managers get their row as before
        tasks.addCandidateGroup(callId, Roles.MANAGERS);
        assertThat(taskRows(callId, Roles.MANAGERS, null)).singleElement()
                .satisfies(row -> assertThat(row.isPermissionGranted(Permissions.UPDATE)).isTrue());
        // claimed by an agent, or made a candidate: covered by the grant on the model
        tasks.setAssignee(callId, AGENT);
        tasks.addCandidateUser(callId, AGENT);
        assertThat(taskRows(callId, null, AGENT)).isEmpty();
        // handed to a user who is no agent: that user gets a row as before
        tasks.setAssignee(callId, MANAGER);
        assertThat(taskRows(callId, null, MANAGER)).hasSize(1);
    }

    @Test
    void eachUserSeesAndWorksTheCallsAsWithRowsPerTask() throws Exception {
        outsider();
        String number = newNumber();
        register(number, "1000.00", START.toLocalDate().minusDays(5));
        runDueJobs();
        String callId = callTask(number).getId();
        // the customer's contact case has the customer's number, here the invoice's
        String byCase = "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + number;

        // the agent sees the call, claims it and gives it back
        assertThat(rest(HttpMethod.GET, byCase, AGENT, null).getBody()).contains(callId);
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + callId + "/claim", AGENT, Map.of("userId", AGENT))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + callId + "/unclaim", AGENT, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        // a manager reads every task but works none of the agents'
        assertThat(rest(HttpMethod.GET, byCase, MANAGER, null).getBody()).contains(callId);
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + callId + "/claim", MANAGER, Map.of("userId", MANAGER))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // a user in no group sees nothing and works nothing (the engine API turns it away before the engine)
        ResponseEntity<String> outsiders = rest(HttpMethod.GET, byCase, OUTSIDER, null);
        assertThat(outsiders.getStatusCode() == HttpStatus.FORBIDDEN || "[]".equals(outsiders.getBody()))
                .as(outsiders.getBody()).isTrue();
        assertThat(rest(HttpMethod.GET, "/engine-rest/task/" + callId, OUTSIDER, null).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + callId + "/claim", OUTSIDER, Map.of("userId", OUTSIDER))
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(tasks.createTaskQuery().taskId(callId).singleResult().getAssignee()).isNull();
    }

    /** Rows an earlier version wrote for the agents on their calls go at start-up; rows that grant more stay. */
    @Test
    void rowsThatTheModelGrantCoversAreRemovedAtStartUp() throws Exception {
        String first = newNumber();
        register(first, "1000.00", START.toLocalDate().minusDays(5));
        String second = newNumber();
        register(second, "1000.00", START.toLocalDate().minusDays(5));
        runDueJobs();
        String plain = callTask(first).getId();
        String more = callTask(second).getId();
        authorizations.saveAuthorization(agentsRow(plain, Permissions.READ, Permissions.UPDATE));
        authorizations.saveAuthorization(agentsRow(more, Permissions.READ, Permissions.UPDATE, Permissions.DELETE));
        authorizations.saveAuthorization(userRow(plain, AGENT, Permissions.READ, Permissions.UPDATE));
        authorizations.saveAuthorization(userRow(plain, MANAGER, Permissions.READ, Permissions.UPDATE));

        authorizationSetup.grant();

        assertThat(taskRows(plain, Roles.AGENTS, null)).isEmpty();
        assertThat(taskRows(plain, null, AGENT)).isEmpty();
        assertThat(taskRows(plain, null, MANAGER)).hasSize(1);
        assertThat(taskRows(more, Roles.AGENTS, null)).hasSize(1);
        authorizations.deleteAuthorization(taskRows(more, Roles.AGENTS, null).get(0).getId());
        authorizations.deleteAuthorization(taskRows(plain, null, MANAGER).get(0).getId());
    }

    private Authorization agentsRow(String taskId, Permissions... permissions) {
        return row(taskId, Roles.AGENTS, null, permissions);
    }

    private Authorization userRow(String taskId, String user, Permissions... permissions) {
        return row(taskId, null, user, permissions);
    }

    private Authorization row(String taskId, String group, String user, Permissions... permissions) {
        Authorization row = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        row.setGroupId(group);
        row.setUserId(user);
        row.setResource(Resources.TASK);
        row.setResourceId(taskId);
        Arrays.stream(permissions).forEach(row::addPermission);
        return row;
    }

    private List<Authorization> taskRows(String taskId, String group, String user) {
        var query = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId);
        return (group != null ? query.groupIdIn(group) : query.userIdIn(user)).list();
    }

    private void outsider() {
        if (identity.createUserQuery().userId(OUTSIDER).count() == 0) {
            User user = identity.newUser(OUTSIDER);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    private ResponseEntity<String> rest(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, PASSWORD);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
