package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.dunning.RouteService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_DecideRoute, on complete: checks the manager's choice and records it with the recommendation. */
@Component
public class DecideRouteCompletedListener implements TaskListener {

    private final CaseInvoice cases;
    private final RouteService routes;

    public DecideRouteCompletedListener(CaseInvoice cases, RouteService routes) {
        this.cases = cases;
        this.routes = routes;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput.validated(() -> routes.decide(cases.invoiceId(task), CaseVariables.ROUTE.get(task),
                CaseVariables.RECOMMENDED_ROUTE.get(task), TaskInput.actor(task)));
    }
}
