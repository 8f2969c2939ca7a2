package org.collections.process.task;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.dunning.Briefing;
import org.collections.dunning.BriefingService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.CollectionProcess;
import org.springframework.stereotype.Component;

/**
 * On every user task's creation: puts what the agent needs on screen into task-local variables, so the form
 * shows current data and nothing more than the task needs outlives the task. A decision task's choice is
 * preselected with the recommendation.
 */
@Component
public class CaseBriefingListener implements TaskListener {

    private final CaseInvoice cases;
    private final BriefingService briefings;

    public CaseBriefingListener(CaseInvoice cases, BriefingService briefings) {
        this.cases = cases;
        this.briefings = briefings;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(briefing(cases.invoiceId(task)));
        if (CollectionProcess.TASK_DECIDE_ROUTE.equals(task.getTaskDefinitionKey())) {
            // Tasklist fills a form field from the variable of its key: the manager confirms the recommendation or
            // picks the other route. On the case, not the task: Tasklist's submit-form sets a field on the task when
            // the task holds that variable, taskService.complete on the case, and the gateway reads the case's; here
            // both overwrite it. The choice is still checked on complete (DecideRouteCompletedListener).
            CaseVariables.ROUTE.set(task.getExecution().getProcessInstance(),
                    CaseVariables.RECOMMENDED_ROUTE.get(task));
        }
    }

    /** The briefing of a case's task, as task-local variables; also when a payment or a fee changes it. */
    public Map<String, Object> briefing(long invoiceId) {
        Briefing b = briefings.briefing(invoiceId);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(CaseVariables.INVOICE_NUMBER.name(), b.invoiceNumber());
        // the names Tasklist's columns show for every task, calls to a customer included
        v.put(CaseVariables.INVOICE_NUMBERS.name(), b.invoiceNumber());
        v.put(CaseVariables.TOTAL_OWED.name(), b.amountOwed());
        v.put(CaseVariables.CUSTOMER_NAME.name(), b.customerName());
        v.put("customerType", b.customerType());
        v.put("customerPhone", b.customerPhone());
        v.put("customerEmail", b.customerEmail());
        v.put("customerAddress", b.customerAddress());
        v.put("invoiceAmount", b.invoiceAmount());
        v.put("amountOwed", b.amountOwed());
        v.put("fees", b.fees());
        v.put("dueDate", b.dueDate());
        v.put(CaseVariables.DAYS_OVERDUE.name(), b.daysOverdue());
        v.put("stage", b.stage());
        v.put("callHistory", b.callHistory());
        v.put("brokenPromises", b.brokenPromises());
        return v;
    }
}
