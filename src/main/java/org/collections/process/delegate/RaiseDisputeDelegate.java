package org.collections.process.delegate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collections.dispute.DisputeService;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.InvoiceConflictException;
import org.collections.invoice.InvoiceNotFoundException;
import org.collections.process.task.TaskInput;
import org.springframework.stereotype.Component;

/**
 * RaiseDisputeProcess Task_RaiseDispute: the start form's invoice number and what is disputed, raised on that
 * invoice's case (correlated by its business key) by the user who started it, with the API's checks.
 */
@Component
public class RaiseDisputeDelegate implements JavaDelegate {

    private final DisputeService disputes;

    public RaiseDisputeDelegate(DisputeService disputes) {
        this.disputes = disputes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            disputes.raise(text(execution, "number"), text(execution, "disputeNotes"), Map.of(), actor(execution));
        } catch (InvalidInputException e) {
            // the API's names (invoice, reason) as the start form's fields (number, disputeNotes)
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(switch (field) {
                case "invoice" -> "number";
                case "reason" -> "disputeNotes";
                default -> field;
            }, message));
            throw TaskInput.rejection("The dispute was not raised: ", errors, e);
        } catch (InvoiceConflictException e) {
            throw TaskInput.rejection("The dispute was not raised: ", Map.of("number", e.fieldMessage()), e);
        } catch (InvoiceNotFoundException e) {
            throw TaskInput.rejection("The dispute was not raised: ", Map.of("number", "names no invoice"), e);
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String actor(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "tasklist" : auth.getUserId();
    }
}
