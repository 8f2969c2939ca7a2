package org.collections.security;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a command of the engine does, as far as who may send it is concerned. Everything the engine's two HTTP
 * APIs offer ends in one of these commands, so sorting the commands sorts every endpoint, present and future.
 * A command that is not named here and does not read is an administrator's: the list says what people may do,
 * not what they may not.
 */
enum EngineCommands {

    /** Reads: queries, lookups, rendering a form. Camunda's authorizations decide what a user sees. */
    READ,
    /** Tasklist's work on a task: claim, assign, dates, comments, groups; and a user's own profile and filters. */
    TASK_WORK,
    /** Completing a task or starting a case through a form: only the form's fields are accepted. */
    FORM_SUBMISSION,
    /** What Cockpit gives a manager to repair a case; every such act goes into the case's dossier. */
    CASE_REPAIR,
    /** Everything else: starting at an activity, modification, migration, messages, signals, jobs, deployments. */
    ADMINISTRATION;

    private static final Map<Class<?>, EngineCommands> NAMED = Map.ofEntries(
            Map.entry(AuthorizationCheckCmd.class, READ),
            Map.entry(CheckPassword.class, READ),

            Map.entry(ClaimTaskCmd.class, TASK_WORK),
            Map.entry(AssignTaskCmd.class, TASK_WORK),
            Map.entry(SetTaskOwnerCmd.class, TASK_WORK),
            Map.entry(DelegateTaskCmd.class, TASK_WORK),
            Map.entry(SaveTaskCmd.class, TASK_WORK),
            // a task's deadline and priority come from the policy: only administrators change them
            Map.entry(SetTaskDueDateCmd.class, ADMINISTRATION),
            Map.entry(SetTaskFollowUpDateCmd.class, TASK_WORK),
            Map.entry(SetTaskPriorityCmd.class, ADMINISTRATION),
            Map.entry(SetTaskNameCmd.class, TASK_WORK),
            Map.entry(SetTaskDescriptionCmd.class, TASK_WORK),
            Map.entry(AddCommentCmd.class, TASK_WORK),
            Map.entry(UpdateCommentCmd.class, TASK_WORK),
            Map.entry(DeleteTaskCommentCmd.class, TASK_WORK),
            Map.entry(AddGroupIdentityLinkCmd.class, TASK_WORK),
            Map.entry(AddUserIdentityLinkCmd.class, TASK_WORK),
            Map.entry(DeleteGroupIdentityLinkCmd.class, TASK_WORK),
            Map.entry(DeleteUserIdentityLinkCmd.class, TASK_WORK),
            Map.entry(CreateFilterCmd.class, TASK_WORK),
            Map.entry(SaveFilterCmd.class, TASK_WORK),
            Map.entry(DeleteFilterCmd.class, TASK_WORK),
            Map.entry(SaveUserCmd.class, TASK_WORK),
            Map.entry(SetUserInfoCmd.class, TASK_WORK),
            Map.entry(SetUserPictureCmd.class, TASK_WORK),
            Map.entry(DeleteUserPictureCmd.class, TASK_WORK),

            Map.entry(CompleteTaskCmd.class, FORM_SUBMISSION),
            Map.entry(SubmitTaskFormCmd.class, FORM_SUBMISSION),
            Map.entry(SubmitStartFormCmd.class, FORM_SUBMISSION),

            Map.entry(SetJobRetriesCmd.class, CASE_REPAIR),
            Map.entry(ResolveIncidentCmd.class, CASE_REPAIR),
            Map.entry(SetAnnotationForIncidentCmd.class, CASE_REPAIR),
            Map.entry(SuspendProcessInstanceCmd.class, CASE_REPAIR),
            Map.entry(ActivateProcessInstanceCmd.class, CASE_REPAIR),
            Map.entry(DeleteProcessInstanceCmd.class, CASE_REPAIR),
            Map.entry(DeleteProcessInstancesCmd.class, CASE_REPAIR),
            Map.entry(SetExecutionVariablesCmd.class, CASE_REPAIR),
            Map.entry(PatchExecutionVariablesCmd.class, CASE_REPAIR),
            Map.entry(RemoveExecutionVariablesCmd.class, CASE_REPAIR));

    /**
     * Commands that only look: the engine names them so (GetTaskFormVariablesCmd, FindActiveActivityIdsCmd,
     * IsIdentityServiceReadOnlyCmd, CreateUserQueryCmd, the report commands of Cockpit and Tasklist).
     */
    private static final Pattern READ_NAMES = Pattern.compile("(Get|Find|Is)[A-Z].*|Create\\w*QueryCmd|.*Report.*"
            + "|.*Count.*");

    /** The few commands of the list above whose exact class matters: a subclass may do more (ResolveTaskCmd). */
    private static final Set<Class<?>> EXACT = Set.of(CompleteTaskCmd.class);

    static EngineCommands of(Command<?> command) {
        return of(command.getClass());
    }

    static EngineCommands of(Class<?> type) {
        EngineCommands named = NAMED.get(type);
        if (named != null) {
            return named;
        }
        if (AbstractQuery.class.isAssignableFrom(type) || AbstractExecuteFilterCmd.class.isAssignableFrom(type)) {
            return READ;
        }
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (NAMED.containsKey(c) && !EXACT.contains(c)) {
                return NAMED.get(c);
            }
        }
        String name = type.getSimpleName();
        return !name.isEmpty() && READ_NAMES.matcher(name).matches() ? READ : ADMINISTRATION;
    }
}
