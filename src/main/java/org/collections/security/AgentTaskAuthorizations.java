package org.collections.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The agents' authorizations on tasks, per process model rather than per task.
 *
 * <p>Camunda writes an authorization row (READ and UPDATE) for every task and every candidate group it gets. On
 * PostgreSQL the task query joins the caller's authorization rows with {@code RESOURCE_ID_ IN (task id, definition
 * key, '*')}, a condition that cannot be hashed, and the planner, which cannot estimate the permission bit tests
 * ({@code PERMS_ & 2 = 2}), reckons with 0.5 % of the rows: with 20,000 open calls it compared every call with every
 * one of the agents' 20,000 rows, seconds for each Tasklist list and count.
 *
 * <p>In the models of {@link #DEFINITIONS} every user task is the agents' (each names {@code collection-agents} as its
 * candidate group: {@code AgentTaskAuthorizationsTest} reads the deployed models to keep it so). There the agents
 * hold READ_TASK and UPDATE_TASK on the model ({@link AuthorizationSetup}), which the engine checks as the
 * alternative of READ and UPDATE on the task in every task query and task command, so the row per task for the
 * agents' group adds no right and is not written; nor is the row for an agent who claims such a task, is made its
 * owner or a candidate (each agent would otherwise collect a row per claimed call, compared again with every call of
 * every list). Everywhere else (the agents' Resolve dispute among the managers' steps in CollectionProcess, the
 * managers' tasks, standalone tasks, a user who is no agent made assignee, owner or candidate) Camunda's rows are
 * written as before.
 */
final class AgentTaskAuthorizations extends DefaultAuthorizationProvider {

    /** The process models in which every user task is for the agents' group, and nobody else's. */
    static final List<String> DEFINITIONS = List.of("CustomerContactProcess", "PaymentPlanProcess",
            "MatchPaymentProcess");

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (Roles.AGENTS.equals(groupId) && inAgentsModel(task)) {
            return null; // the agents' grant on the model covers this task
        }
        return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return coveredForAgent(task, newAssignee) ? null : super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return coveredForAgent(task, newOwner) ? null : super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return coveredForAgent(task, userId) ? null : super.newTaskUserIdentityLink(task, userId, type);
    }

    /** A member of the agents' group on a task of the agents' models: the grant on the model covers it. */
    private static boolean coveredForAgent(Task task, String userId) {
        if (userId == null || !inAgentsModel(task)) {
            return false;
        }
        CommandContext context = Context.getCommandContext();
        // whoever is logged in, the membership is read as it is (an agent may not read the identity tables)
        return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createUserQuery(context)
                .userId(userId).memberOfGroup(Roles.AGENTS).count() > 0);
    }

    private static boolean inAgentsModel(Task task) {
        if (!(task instanceof TaskEntity entity) || entity.getExecutionId() == null) {
            return false;
        }
        ProcessDefinitionEntity definition = entity.getProcessDefinition();
        return definition != null && DEFINITIONS.contains(definition.getKey());
    }
}
