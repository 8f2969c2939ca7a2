package org.collections.process.task;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collections.invoice.InvalidInputException;

/**
 * Server-side checks of what a form submits. Tasklist validates in the browser only, and anything that can
 * complete a task over REST can send anything; a rejected value keeps the task open and tells the user why.
 */
public final class TaskInput {

    private TaskInput() {
    }

    public static <T> T validated(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw rejection("", e.fieldErrors(), e);
        }
    }

    /** Field messages as the engine's form rejection: named by the first field, every field in its message. */
    public static FormFieldValidationException rejection(String lead, Map<String, String> fieldErrors,
            Throwable cause) {
        String message = fieldErrors.entrySet().stream()
                .map(field -> field.getKey() + " " + field.getValue())
                .collect(Collectors.joining("; "));
        return new FormFieldValidationException(fieldErrors.keySet().iterator().next(), lead + message, cause);
    }

    /** Who completes the task: the logged-in user, else the assignee. */
    public static String actor(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "unknown user";
    }
}
