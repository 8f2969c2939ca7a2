package org.collections.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.collections.process.OperatorActs;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link EngineCommandGuard} in front of every command of the engine, before its transaction starts, lets
 * {@link OperatorActs} read the engine's history so that people's operations on a case reach its dossier, and has
 * the engine write the task authorizations of {@link AgentTaskAuthorizations}.
 */
@Component
public class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

    private final OperatorActs operatorActs;

    public EngineSecurityPlugin(OperatorActs operatorActs) {
        this.operatorActs = operatorActs;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(0, new EngineCommandGuard(configuration, new FormFields(configuration::getFormService),
                new TaskWorkers(configuration::getProcessEngine)));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        // no authorization row per task where the agents' grant on the model covers it
        configuration.setResourceAuthorizationProvider(new AgentTaskAuthorizations());

        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(operatorActs);
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
