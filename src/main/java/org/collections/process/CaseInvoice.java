package org.collections.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.collections.invoice.InvoiceService;
import org.collections.plan.PaymentPlanService;
import org.springframework.stereotype.Component;

/**
 * Which invoice a step works on: the one named by the case's business key, the invoice number. A variable would
 * do as well until somebody changes it (a form field, a Cockpit edit); the business key is set when the case
 * opens and no user operation of the engine's APIs can change it, so a step can never be pointed at another
 * invoice. What else a step finds through a variable (its payment plan) must belong to that invoice.
 */
@Component
public class CaseInvoice {

    private final InvoiceService invoices;
    private final PaymentPlanService plans;

    public CaseInvoice(InvoiceService invoices, PaymentPlanService plans) {
        this.invoices = invoices;
        this.plans = plans;
    }

    public long invoiceId(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (number == null) {
            throw new IllegalStateException("case " + execution.getProcessInstanceId() + " has no business key");
        }
        return invoices.idOf(number);
    }

    public long invoiceId(DelegateTask task) {
        return invoiceId(task.getExecution());
    }

    /** The case's payment plan: the variable names it, and it must be a plan of the case's own invoice. */
    public long planId(DelegateExecution execution) {
        return plans.planOf(invoiceId(execution), CaseVariables.PLAN_ID.require(execution));
    }

    public long planId(DelegateTask task) {
        return planId(task.getExecution());
    }
}
