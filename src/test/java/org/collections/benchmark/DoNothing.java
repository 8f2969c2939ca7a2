package org.collections.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bare case's asynchronous step: the engine's cost of a delegate, without any work of the application's. */
public class DoNothing implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // nothing: the benchmark measures the engine around it
    }
}
