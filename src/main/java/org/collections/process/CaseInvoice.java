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

    /**
     * The plan case's payment plan: its business key names it ({@code PLAN-<id>}), so no variable edit can point a
     * step at another plan. A plan case started before plans covered several invoices has the invoice number as
     * business key; its variable names the plan, which must be one of that invoice's plans.
     */
    public long planId(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key != null && key.startsWith(PaymentPlanProcess.BUSINESS_KEY_PREFIX)) {
            try {
                return Long.parseLong(key.substring(PaymentPlanProcess.BUSINESS_KEY_PREFIX.length()));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("plan case " + execution.getProcessInstanceId()
                        + " has a malformed business key");
            }
        }
        return plans.planOf(invoiceId(execution), CaseVariables.PLAN_ID.require(execution));
    }

    public long planId(DelegateTask task) {
        return planId(task.getExecution());
    }
}
