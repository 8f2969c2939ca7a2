package org.collections.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.HasDbRevision;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.collections.invoice.InvalidInputException;
import org.collections.process.OperatorActs;
import org.collections.process.task.TaskInput;
import org.collections.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's gate for every command a logged-in person sends: {@code /engine-rest} and the webapps' engine API
 * both end in the engine's services, and every service call is a command that passes here first. Camunda's
 * authorizations decide which cases and tasks a user may touch; they cannot say "only through the start form",
 * "only this form's fields" or "no expressions in an or-query". This does, by role:
 * <ul>
 * <li>nobody's query may carry an expression, at any depth, and only administrators store filters with one;</li>
 * <li>agents and managers read, work their tasks and submit forms; managers also repair cases (retry, incident,
 * suspend, cancel, edit a variable); everything else (start at an activity, skip listeners, modify, migrate,
 * restart, correlate, signal, move a timer) is for administrators;</li>
 * <li>a form submission carries the form's fields and nothing else, as plain values that fit their storage;</li>
 * <li>a user who is neither agent, manager nor administrator (a system on the project API) gets no engine
 * command at all.</li>
 * </ul>
 * Commands of the application itself and of the job executor carry no authentication and pass; so does a command
 * run inside another, which was checked as a whole.
 */
final class EngineCommandGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(EngineCommandGuard.class);

    /** what the engine's name columns hold (ACT_RU_TASK.NAME_, ACT_ID_USER.EMAIL_ ...) */
    private static final int ENGINE_NAME = 255;

    /** what ACT_ID_USER.ID_, ACT_ID_GROUP.ID_ and ACT_ID_TENANT.ID_ hold */
    private static final int ENGINE_ID = 64;

    private final ProcessEngineConfigurationImpl engine;
    private final FormFields forms;
    private final TaskWorkers workers;

    EngineCommandGuard(ProcessEngineConfigurationImpl engine, FormFields forms, TaskWorkers workers) {
        this.engine = engine;
        this.forms = forms;
        this.workers = workers;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null) {
            return next.execute(command);
        }
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return next.execute(command);
        }
        Caller caller = caller(authentication);
        EngineCommands kind = EngineCommands.of(command);
        rejectExpressions(command, caller);
        permit(kind, command, caller);
        rejectOversizedText(command);
        rejectInvalidIds(command);
        if (!caller.admin()) {
            keepDeadlineAndPriority(command);
        }
        if (kind != EngineCommands.FORM_SUBMISSION) {
            boolean operatorAct = kind == EngineCommands.CASE_REPAIR || kind == EngineCommands.ADMINISTRATION;
            T result = operatorAct ? OperatorActs.during(caller.user(), () -> next.execute(command))
                    : next.execute(command);
            suspendCalledCasesAlong(command, caller);
            return result;
        }
        checkFormInput(command, caller);
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            // A form check that fails inside a listener reaches the caller wrapped as a listener failure (500);
            // unwrapped it is a 400 naming the field, on the REST API as in Tasklist.
            RuntimeException rejected = rejectedFormValue(e);
            if (rejected == e && completedMeanwhile(command)) {
                // Two people submitted the task at once (a double click, two agents): the other submission
                // completed it and this one was rolled back. The engine's failure says so only as a 500.
                throw new FormFieldValidationException("taskId", "the task was completed by someone else at the "
                        + "same moment; nothing of this submission was kept");
            }
            throw rejected;
        }
    }

    /** Whether the task a failed submission was for is gone: completed by the submission that won. */
    private boolean completedMeanwhile(Command<?> command) {
        if (command instanceof SubmitStartFormCmd) {
            return false;
        }
        String taskId = CommandFields.read(command, "taskId");
        return taskId != null && !taskExists(taskId);
    }

    /**
     * Whether a task exists, visible to the user or not: asked as the application, so that a task the user may not
     * see still gets the engine's 403 and only a missing one is said to be missing.
     */
    private boolean taskExists(String taskId) {
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            engine.getIdentityService().setAuthentication(user);
        }
    }

    private Caller caller(Authentication authentication) {
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        boolean admin = contains(engine.getAdminUsers(), authentication.getUserId())
                || groups.stream().anyMatch(g -> contains(engine.getAdminGroups(), g));
        return new Caller(authentication.getUserId(), groups, admin, groups.contains(Roles.MANAGERS),
                groups.contains(Roles.AGENTS));
    }

    private static boolean contains(Collection<String> values, String value) {
        return values != null && values.contains(value);
    }

    private void permit(EngineCommands kind, Command<?> command, Caller caller) {
        if (caller.admin()) {
            return;
        }
        boolean allowed = switch (kind) {
            case READ, TASK_WORK, FORM_SUBMISSION -> caller.agent() || caller.manager();
            case CASE_REPAIR -> caller.manager() && repairsOneCase(command);
            case ADMINISTRATION -> false;
        };
        if (!allowed) {
            log.warn("Refused {} to user {}", command.getClass().getSimpleName(), caller.user());
            throw new AuthorizationException(denial(kind, caller, command));
        }
    }

    private static String denial(EngineCommands kind, Caller caller, Command<?> command) {
        if (!caller.agent() && !caller.manager()) {
            return "User '" + caller.user() + "' has no access to the process engine: only collection agents, "
                    + "managers and administrators have.";
        }
        if (kind == EngineCommands.CASE_REPAIR && caller.manager()) {
            return "Managers repair one case at a time: retry a failed step (without moving its due date), suspend "
                    + "or activate a case, cancel it without skipping listeners, input/output mappings or "
                    + "sub-processes (a step a case called, such as its call or legal route, is cancelled with the "
                    + "case). The rest is for administrators.";
        }
        return "User '" + caller.user() + "' may not " + command.getClass().getSimpleName().replaceAll("Cmd$", "")
                + ": work cases through Tasklist's forms; only administrators use the engine's generic operations.";
    }

    /**
     * Saving a task (Tasklist's edit of a task) keeps the deadline and priority the policy gave it: the timer that
     * escalates the task runs on that deadline, and the lists are sorted by that priority. The follow-up date, the
     * name and the rest stay the user's to change.
     */
    private void keepDeadlineAndPriority(Command<?> command) {
        if (!(command instanceof SaveTaskCmd)) {
            return;
        }
        Task changed = CommandFields.read(command, "task");
        if (changed == null || changed.getId() == null) {
            return;
        }
        Task stored = engine.getTaskService().createTaskQuery().taskId(changed.getId()).singleResult();
        if (stored != null && (stored.getPriority() != changed.getPriority()
                || !Objects.equals(time(stored.getDueDate()), time(changed.getDueDate())))) {
            throw new AuthorizationException("A task's due date and priority come from the collection policy; "
                    + "only administrators change them. Set a follow-up date instead.");
        }
    }

    private static Long time(Date date) {
        return date == null ? null : date.getTime();
    }

    /**
     * A case's call and legal route run as instances of their own; suspending or activating the case does the same
     * to them, so a suspended case sends nothing through a step it called.
     */
    /** a case calls one step at a time (its call or its legal route) */
    private static final int CALLED_CASES_PAGE = 100;

    private void suspendCalledCasesAlong(Command<?> command, Caller caller) {
        if (!(command instanceof AbstractSetProcessInstanceStateCmd)) {
            return;
        }
        String instance = CommandFields.read(command, "processInstanceId");
        if (instance == null) {
            return;
        }
        boolean suspend = command instanceof SuspendProcessInstanceCmd;
        // the application's own follow-up of the repair: the case's dossier already says who suspended it
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            suspendCalled(instance, suspend, caller.user());
        } finally {
            engine.getIdentityService().setAuthentication(user);
        }
    }

    private void suspendCalled(String instance, boolean suspend, String user) {
        for (ProcessInstance called : engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance).listPage(0, CALLED_CASES_PAGE)) {
            if (called.isSuspended() != suspend) {
                var state = engine.getRuntimeService().updateProcessInstanceSuspensionState()
                        .byProcessInstanceId(called.getId());
                if (suspend) {
                    state.suspend();
                } else {
                    state.activate();
                }
                log.info("{} {} case {} called by {}", user, suspend ? "suspended" : "activated", called.getId(),
                        instance);
            }
            suspendCalled(called.getId(), suspend, user);
        }
    }

    /**
     * A repair touches one case and does what its name says: a retry gives a failed step new attempts (it neither
     * moves a timer nor fails a healthy job), a suspension names its case (not a whole process definition), a
     * cancellation runs the case's listeners.
     */
    private boolean repairsOneCase(Command<?> command) {
        if (command instanceof AbstractDeleteProcessInstanceCmd) {
            if (calledByAnotherCase(command)) {
                return false; // cancelling a called instance would end its caller halfway: cancel the caller
            }
            return !(CommandFields.<Boolean>read(command, "skipCustomListeners")
                    || CommandFields.<Boolean>read(command, "skipIoMappings")
                    || CommandFields.<Boolean>read(command, "skipSubprocesses"));
        }
        if (command instanceof SetJobRetriesCmd) {
            String jobId = CommandFields.read(command, "jobId");
            if (jobId == null || CommandFields.<Boolean>read(command, "isDueDateSet")
                    || CommandFields.<Integer>read(command, "retries") < 1) {
                return false;
            }
            Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
            return job == null || job.getRetries() == 0;
        }
        if (command instanceof AbstractSetProcessInstanceStateCmd) {
            return CommandFields.read(command, "processInstanceId") != null;
        }
        return true;
    }

    private boolean calledByAnotherCase(Command<?> command) {
        List<String> ids = new ArrayList<>();
        if (command instanceof DeleteProcessInstanceCmd) {
            ids.add(CommandFields.read(command, "processInstanceId"));
        } else if (command instanceof DeleteProcessInstancesCmd) {
            List<String> many = CommandFields.read(command, "processInstanceIds");
            ids.addAll(many == null ? List.of() : many);
        }
        return ids.stream().filter(Objects::nonNull).anyMatch(id -> engine.getRuntimeService()
                .createProcessInstanceQuery().subProcessInstanceId(id).count() > 0);
    }

    /**
     * Texts a person types outside a form, capped at the engine's columns (ACT_RU_TASK.NAME_ 255, DESCRIPTION_ and
     * ACT_RU_INCIDENT.ANNOTATION_ 4000, ACT_ID_USER's names and email 255; a comment is kept whole, at most what
     * any text of a case may be), so that too long is a 400 and not a database error.
     */
    private static void rejectOversizedText(Command<?> command) {
        if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd) {
            fits("comment", CommandFields.read(command, "message"), Texts.MAX_VARIABLE);
        } else if (command instanceof SetTaskNameCmd) {
            fits("name", CommandFields.read(command, "value"), ENGINE_NAME);
        } else if (command instanceof SetTaskDescriptionCmd) {
            fits("description", CommandFields.read(command, "value"), Texts.MAX_VARIABLE);
        } else if (command instanceof SaveTaskCmd) {
            Task task = CommandFields.read(command, "task");
            if (task != null) {
                fits("name", task.getName(), ENGINE_NAME);
                fits("description", task.getDescription(), Texts.MAX_VARIABLE);
            }
        } else if (command instanceof SetAnnotationForIncidentCmd) {
            fits("annotation", CommandFields.read(command, "annotation"), Texts.MAX_VARIABLE);
        } else if (command instanceof SaveUserCmd) {
            User user = CommandFields.read(command, "user");
            if (user != null) {
                fits("firstName", user.getFirstName(), ENGINE_NAME);
                fits("lastName", user.getLastName(), ENGINE_NAME);
                fits("email", user.getEmail(), ENGINE_NAME);
            }
        }
    }

    /**
     * A new user, group or tenant's id, checked as the engine will check it (its own pattern for the kind, else the
     * general one): the engine refuses an id outside the pattern with a plain engine failure, which its REST API
     * answers as a 500, and one over ACT_ID_*.ID_'s 64 characters fails in the database.
     */
    private void rejectInvalidIds(Command<?> command) {
        String kind;
        String pattern;
        if (command instanceof SaveUserCmd) {
            kind = "user";
            pattern = engine.getUserResourceWhitelistPattern();
        } else if (command instanceof SaveGroupCmd) {
            kind = "group";
            pattern = engine.getGroupResourceWhitelistPattern();
        } else if (command instanceof SaveTenantCmd) {
            kind = "tenant";
            pattern = engine.getTenantResourceWhitelistPattern();
        } else {
            return;
        }
        // each of these commands keeps what it saves in a field named after its kind
        if (CommandFields.read(command, kind) instanceof DbEntity entity && isNew(entity)) {
            validId(kind, entity.getId(), pattern == null || pattern.isEmpty()
                    ? engine.getGeneralResourceWhitelistPattern() : pattern);
        }
    }

    private static boolean isNew(DbEntity entity) {
        // an entity read from the database carries its revision; one built by newUser/newGroup/newTenant does not
        return !(entity instanceof HasDbRevision revised) || revised.getRevision() == 0;
    }

    private static void validId(String kind, String id, String pattern) {
        if (id == null || id.isBlank()) {
            throw new BadUserRequestException("id: a " + kind + " needs an id");
        }
        if (id.length() > ENGINE_ID || !Pattern.matches(pattern, id)) {
            throw new BadUserRequestException("id: '" + id + "' is not a valid " + kind + " id: at most " + ENGINE_ID
                    + " characters matching " + pattern);
        }
    }

    private static void fits(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new BadUserRequestException(field + " must be at most " + max + " characters");
        }
    }

    // ------------------------------------------------------------------ expressions

    private static void rejectExpressions(Command<?> command, Caller caller) {
        if (command instanceof AbstractQuery<?, ?> query) {
            rejectExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd) {
            rejectExpressions(CommandFields.<Query<?, ?>>read(command, "extendingQuery"));
        } else if (command instanceof SaveFilterCmd && !caller.admin()) {
            Filter filter = CommandFields.read(command, "filter");
            if (filter != null) {
                rejectExpressions(filter.getQuery());
            }
        }
    }

    /** Expressions of a query and of each of its or-queries, which Camunda's own check does not look at. */
    static void rejectExpressions(Query<?, ?> query) {
        List<AbstractQuery<?, ?>> parts = new ArrayList<>();
        if (query instanceof TaskQueryImpl task) {
            parts.addAll(task.getQueries());
        }
        if (query instanceof AbstractQuery<?, ?> abstractQuery) {
            parts.add(abstractQuery);
        }
        for (AbstractQuery<?, ?> part : parts) {
            Map<String, String> expressions = part.getExpressions();
            if (expressions != null && !expressions.isEmpty()) {
                throw new BadUserRequestException("Expressions are not allowed in queries (" + String.join(", ",
                        new TreeSet<>(expressions.keySet())) + "); use plain values.");
            }
        }
    }

    // ------------------------------------------------------------------ form submissions

    private void checkFormInput(Command<?> command, Caller caller) {
        Map<String, Object> values;
        Set<String> fields;
        if (command instanceof SubmitStartFormCmd) {
            values = CommandFields.read(command, "variables");
            String definition = CommandFields.read(command, "processDefinitionId");
            fields = forms.ofStartForm(definition);
            if (fields.isEmpty() && !caller.admin()) {
                // a process without a start form is started by the application (a called plan, a legal route)
                throw new FormFieldValidationException("processDefinitionId", "this process has no start form: "
                        + "its cases are started by the application");
            }
            checkBusinessKey(CommandFields.read(command, "businessKey"), values, caller);
        } else {
            values = CommandFields.read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
            String taskId = CommandFields.read(command, "taskId");
            if (taskId != null && !taskExists(taskId)) {
                // the engine's form lookup fails on a missing task with a NullPointerException (a 500): completed
                // or cancelled meanwhile, say so
                throw new FormFieldValidationException("taskId", "task " + Texts.fit(taskId, ENGINE_NAME)
                        + " does not exist (any more): completed or cancelled; nothing was submitted");
            }
            fields = forms.ofTask(taskId);
            if (!caller.admin()) {
                workers.checkMayComplete(taskId, caller.groups());
            }
        }
        if (values == null) {
            return;
        }
        for (String name : values.keySet()) {
            if (!fields.contains(name)) {
                throw new FormFieldValidationException(name, name + " is not a field of this form"
                        + (fields.isEmpty() ? " (it has none)" : " (its fields: " + String.join(", ", new TreeSet<>(fields)) + ")"));
            }
            // typed, so that an object value is refused before anything tries to deserialize it
            checkValue(name, values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name));
        }
    }

    private static void checkValue(String name, Object value) {
        Object plain = value;
        if (value instanceof TypedValue typed) {
            if (typed.getType() != null && !(typed instanceof PrimitiveValue<?>)) {
                throw new FormFieldValidationException(name, name + " must be a plain value (text, number, "
                        + "boolean or date), not " + typed.getType().getName());
            }
            plain = typed.getValue();
        }
        if (plain instanceof String text && text.length() > Texts.MAX_VARIABLE) {
            throw new FormFieldValidationException(name, name + " must be at most " + Texts.MAX_VARIABLE
                    + " characters");
        }
        if (plain instanceof String text && text.indexOf('\0') >= 0) {
            // PostgreSQL stores no NUL character: the step would fail on every retry
            throw new FormFieldValidationException(name, name + " must not contain a NUL character");
        }
        if (plain != null && !(plain instanceof String || plain instanceof Number || plain instanceof Boolean
                || plain instanceof java.util.Date)) {
            throw new FormFieldValidationException(name, name + " must be a plain value (text, number, boolean or "
                    + "date)");
        }
    }

    /** A case started from the form takes the invoice number as its business key; nobody may choose another. */
    private static void checkBusinessKey(String businessKey, Map<String, Object> values, Caller caller) {
        if (businessKey == null || businessKey.isBlank() || caller.admin()) {
            return;
        }
        Object number = values == null ? null : values.get("number");
        if (number instanceof TypedValue typed) {
            number = typed.getValue();
        }
        if (!businessKey.equals(number)) {
            throw new FormFieldValidationException("businessKey", "businessKey must be empty or the invoice number: "
                    + "a case's business key is its invoice number");
        }
    }

    private static RuntimeException rejectedFormValue(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return TaskInput.rejection("", invalid.fieldErrors(), failure);
            }
            if (cause instanceof FormFieldValidationException rejected) {
                return rejected;
            }
        }
        return failure;
    }

    private record Caller(String user, List<String> groups, boolean admin, boolean manager, boolean agent) {
    }
}
