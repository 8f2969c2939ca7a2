package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.RouteFacts;
import org.collections.dunning.RouteService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_AssessRoute: the facts ChooseCollectionRoute decides on. */
@Component
public class AssessRouteDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final RouteService routes;

    public AssessRouteDelegate(CaseInvoice cases, RouteService routes) {
        this.cases = cases;
        this.routes = routes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RouteFacts facts = routes.assess(cases.invoiceId(execution));
        CaseVariables.CUSTOMER_REACHED.set(execution, facts.customerReached());
        CaseVariables.TOO_MANY_BROKEN_PROMISES.set(execution, facts.tooManyBrokenPromises());
        CaseVariables.BELOW_PLAN_MINIMUM.set(execution, facts.belowPlanMinimum());
    }
}
