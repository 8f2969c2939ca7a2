package org.collections.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except a row per change of a variable ({@code ACT_HI_DETAIL}) after the variables a case started
 * with. Nothing in the application, Tasklist or Cockpit reads those rows; the last value of every variable stays in
 * {@code ACT_HI_VARINST}, the values a case started with stay (restarting a case uses them), and what happened to a
 * case is in its dossier. A case's call, with its briefing written to the task, changed about 24 variables: each
 * change cost a detail row besides the variable and its history, a fifth of the rows a day-1 reminder wrote.
 *
 * <p>Nor any history of a user task's own variables: the briefings that the task listeners write for the forms
 * (who to call, the invoices to talk about, what is owed) and the escalation mark. They are copies of what the
 * application holds, rewritten whenever it changes; in a day-1 reminder they were 12 of the 18 variable history
 * rows each case wrote. The task's variables themselves stay, for the form, Tasklist and Cockpit.
 *
 * <p>The database's history level stays {@code full}, so a database written by an earlier version opens unchanged.
 */
@Component
public class VariableChangeHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new InitialVariablesOnly());
        handlers.addAll(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
    }

    /**
     * The engine's own handler, writing a variable's detail row only for the variables a case started with, and no
     * history of a task's own variables.
     */
    static final class InitialVariablesOnly extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            // every event of such a variable (created, updated, deleted) is left out, so none finds a missing row
            if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return Boolean.TRUE.equals(event.isInitial()) && super.shouldWriteHistoricDetail(event);
        }
    }
}
