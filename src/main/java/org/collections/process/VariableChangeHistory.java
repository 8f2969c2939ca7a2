package org.collections.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
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

    /** The engine's own handler, writing a variable's detail row only for the variables a case started with. */
    static final class InitialVariablesOnly extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return Boolean.TRUE.equals(event.isInitial()) && super.shouldWriteHistoricDetail(event);
        }
    }
}
