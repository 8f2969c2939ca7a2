package org.collections.process;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.InvoiceService;
import org.springframework.stereotype.Component;

/**
 * Writes what a person did to a case through the engine's generic operations (a manager's retry, suspension,
 * cancellation or variable edit in Cockpit; an administrator's modification) into the case's dossier, in the
 * same transaction. The engine's user operation log says which cases an operation touched; the variable
 * history says which variables changed.
 */
@Component
public class OperatorActs implements HistoryEventHandler {

    private static final ThreadLocal<Act> CURRENT = new ThreadLocal<>();

    private final Dossier dossier;
    private final InvoiceService invoices;

    public OperatorActs(Dossier dossier, InvoiceService invoices) {
        this.dossier = dossier;
        this.invoices = invoices;
    }

    /** Runs an operation a person sent, so that what it does to cases is written down. */
    public static <T> T during(String user, Supplier<T> operation) {
        Act outer = CURRENT.get();
        CURRENT.set(new Act(user));
        try {
            return operation.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        Act act = CURRENT.get();
        if (act == null || event.getProcessInstanceId() == null) {
            return;
        }
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            act.variables(event.getProcessInstanceId()).add(variable.getVariableName());
        } else if (event instanceof UserOperationLogEntryEventEntity entry
                && act.firstOf(entry.getProcessInstanceId(), entry.getOperationType())) {
            record(act, entry);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void record(Act act, UserOperationLogEntryEventEntity entry) {
        HistoricProcessInstanceEntity instance = Context.getCommandContext().getHistoricProcessInstanceManager()
                .findHistoricProcessInstance(entry.getProcessInstanceId());
        if (instance == null || instance.getBusinessKey() == null) {
            return;
        }
        invoices.findId(instance.getBusinessKey()).ifPresent(invoiceId -> dossier.record(invoiceId,
                EntryType.OPERATOR, describe(entry, act.variables(entry.getProcessInstanceId())), act.user()));
    }

    private static String describe(UserOperationLogEntryEventEntity entry, Set<String> variables) {
        String names = String.join(", ", variables);
        String what = switch (entry.getOperationType()) {
            case UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES -> "Retried a failed step";
            case UserOperationLogEntry.OPERATION_TYPE_SUSPEND -> "Suspended the case";
            case UserOperationLogEntry.OPERATION_TYPE_ACTIVATE -> "Activated the suspended case";
            case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "Cancelled the case";
            case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> "Resolved an incident";
            case UserOperationLogEntry.OPERATION_TYPE_SET_ANNOTATION -> "Annotated an incident";
            case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
                 UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE -> "Changed variables: " + names;
            case UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE -> "Removed variables: " + names;
            default -> "Engine operation " + entry.getOperationType() + " on " + entry.getEntityType();
        };
        return what + " (in Cockpit or the engine's API)";
    }

    private static final class Act {

        private final String user;
        private final Set<String> recorded = new HashSet<>();
        private final Map<String, Set<String>> variables = new LinkedHashMap<>();

        Act(String user) {
            this.user = user;
        }

        String user() {
            return user;
        }

        boolean firstOf(String processInstanceId, String operation) {
            return recorded.add(processInstanceId + "/" + operation);
        }

        Set<String> variables(String processInstanceId) {
            return variables.computeIfAbsent(processInstanceId, id -> new TreeSet<>());
        }
    }
}
