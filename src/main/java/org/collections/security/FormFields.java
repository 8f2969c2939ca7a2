package org.collections.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The fields of the Camunda Form that Tasklist shows for a task or a start event, read from the form that was
 * deployed with the model: what the modeler put on the form is what a user may submit.
 */
final class FormFields {

    private final Supplier<FormService> forms;
    private final ObjectMapper json = new ObjectMapper();

    FormFields(Supplier<FormService> forms) {
        this.forms = forms;
    }

    /** The task's fields; none for a task without a deployed form. */
    Set<String> ofTask(String taskId) {
        return fields(() -> forms.get().getDeployedTaskForm(taskId));
    }

    Set<String> ofStartForm(String processDefinitionId) {
        return fields(() -> forms.get().getDeployedStartForm(processDefinitionId));
    }

    private Set<String> fields(Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            return keys(json.readTree(in));
        } catch (AuthorizationException e) {
            // not this user's task: the answer is the engine's 403, not a list of fields
            throw e;
        } catch (ProcessEngineException e) {
            // no form (or no such task): then nothing may be submitted through it
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Input fields carry a {@code key}; a dynamic list or a group with a {@code path} is one variable. */
    static Set<String> keys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        collect(form, keys);
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            } else if (component.hasNonNull("path") && !component.get("path").asText().isEmpty()) {
                keys.add(component.get("path").asText().split("\\.")[0]);
            } else {
                collect(component, keys);
            }
        }
    }
}
