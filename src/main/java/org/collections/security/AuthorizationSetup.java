package org.collections.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The grants of each group, created at start-up and added to (never removed) on every start, so an
 * administrator's extra grants survive.
 *
 * <p>Tasks: the engine gives a task's candidate group READ and UPDATE on that task, so agents work the agents' tasks
 * and only managers the managers' ones. In the models where every user task is the agents'
 * ({@link AgentTaskAuthorizations#DEFINITIONS}) the agents hold the same two rights on the model instead (READ_TASK,
 * UPDATE_TASK), and the engine writes no row per task there for the group or its members; rows an earlier version
 * wrote for those tasks, which grant nothing more, are removed once the grant is in place.
 */
@Component
public class AuthorizationSetup {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final JdbcTemplate jdbc;

    public AuthorizationSetup(AuthorizationService authorizations, FilterService filters, JdbcTemplate jdbc) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.jdbc = jdbc;
    }

    void grant() {
        // Administrators: everything, including deployments (a deployment can run code: nobody else gets it).
        for (Resources resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
        }

        // Agents: Tasklist; start a case from the start form; read the collection cases they work on.
        grant(Roles.AGENTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, "CollectionProcess", Permissions.READ,
                Permissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE);
        // the call of an invoice is part of its case: read, never started on its own
        grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, "InvoiceCallProcess", Permissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, "PaymentPlanProcess", Permissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, "CustomerContactProcess", Permissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Roles.AGENTS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        // nothing on RefundCreditProcess: whether a customer's money goes back is the managers' decision
        // Tasklist's "Raise a dispute": its start form, checked as the API's POST /api/invoices/{number}/disputes
        grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, "RaiseDisputeProcess", Permissions.READ,
                Permissions.CREATE_INSTANCE);
        // a payment from the bank that nothing could book with certainty waits for an agent in Match payment
        grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, "MatchPaymentProcess", Permissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        // every user task of these models is the agents': read and work them by the model, not a row per task
        for (String key : AgentTaskAuthorizations.DEFINITIONS) {
            grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.UPDATE_TASK);
        }
        removeTaskRowsCoveredByTheModelGrant();
        filter(Roles.AGENTS, "My tasks", "Calls to make", "Negotiations and disputes", "Payments to match");

        // Managers: Tasklist and Cockpit; read every case and its history (the refund cases of RefundCreditProcess
        // too); repair a case: retry a step, suspend, cancel, edit a variable (what else the engine would allow them,
        // EngineCommandGuard refuses).
        grant(Roles.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.DELETE_INSTANCE);
        grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE,
                ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.SUSPEND,
                ProcessInstancePermissions.UPDATE_VARIABLE, Permissions.DELETE);
        grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, "RaiseDisputeProcess", Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Roles.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.MANAGERS, Resources.TASK, ANY, Permissions.READ);
        filter(Roles.MANAGERS, "My tasks", "Approvals and decisions");

        // Systems on the project API (collection-integration) get nothing here: no webapp, no engine API.
    }

    /**
     * The rows on single tasks of the models in {@link AgentTaskAuthorizations#DEFINITIONS} that the grant on the
     * model covers, those of the agents' group and of its members that grant no more than READ and UPDATE: written by
     * an earlier version of the application, they only slow down every task query of an agent. Rows that grant more
     * (given by an administrator), and those of users who are not agents, stay.
     */
    private void removeTaskRowsCoveredByTheModelGrant() {
        int read = Permissions.READ.getValue();
        int update = Permissions.UPDATE.getValue();
        String models = String.join(", ", AgentTaskAuthorizations.DEFINITIONS.stream().map(k -> "?").toList());
        int removed = jdbc.update("delete from ACT_RU_AUTHORIZATION where TYPE_ = ? and RESOURCE_TYPE_ = ?"
                + " and (GROUP_ID_ = ? and USER_ID_ is null or GROUP_ID_ is null and USER_ID_ in"
                + " (select M.USER_ID_ from ACT_ID_MEMBERSHIP M where M.GROUP_ID_ = ?))"
                + " and PERMS_ in (?, ?, ?) and RESOURCE_ID_ in (select T.ID_ from ACT_RU_TASK T"
                + " join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_ where D.KEY_ in (" + models + "))",
                Stream.concat(Stream.of(AUTH_TYPE_GRANT, Resources.TASK.resourceType(), Roles.AGENTS, Roles.AGENTS,
                        read, update, read | update), AgentTaskAuthorizations.DEFINITIONS.stream()).toArray());
        if (removed > 0) {
            log.info("Removed {} authorizations of {} and its members on single tasks that its grant on their process"
                    + " model covers", removed, Roles.AGENTS);
        }
    }

    private void filter(String group, String... names) {
        for (String name : names) {
            filters.createFilterQuery().filterName(name).list()
                    .forEach(f -> grant(group, Resources.FILTER, f.getId(), Permissions.READ));
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).list().stream()
                .findFirst().orElseGet(() -> {
                    Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(group);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        boolean missing = Arrays.stream(permissions).anyMatch(p -> !authorization.isPermissionGranted(p));
        if (missing) {
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
