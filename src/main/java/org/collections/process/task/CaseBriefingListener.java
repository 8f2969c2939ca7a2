package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.dunning.Briefing;
import org.collections.dunning.BriefingService;
import org.collections.process.CaseInvoice;
import org.springframework.stereotype.Component;

/**
 * On every user task's creation: puts what the agent needs on screen into task-local variables, so the form
 * shows current data and nothing more than the task needs outlives the task.
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
        Briefing b = briefings.briefing(cases.invoiceId(task));
        task.setVariableLocal("invoiceNumber", b.invoiceNumber());
        // the names Tasklist's columns show for every task, calls to a customer included
        task.setVariableLocal("invoiceNumbers", b.invoiceNumber());
        task.setVariableLocal("totalOwed", b.amountOwed());
        task.setVariableLocal("customerName", b.customerName());
        task.setVariableLocal("customerType", b.customerType());
        task.setVariableLocal("customerPhone", b.customerPhone());
        task.setVariableLocal("customerEmail", b.customerEmail());
        task.setVariableLocal("customerAddress", b.customerAddress());
        task.setVariableLocal("invoiceAmount", b.invoiceAmount());
        task.setVariableLocal("amountOwed", b.amountOwed());
        task.setVariableLocal("fees", b.fees());
        task.setVariableLocal("dueDate", b.dueDate());
        task.setVariableLocal("daysOverdue", b.daysOverdue());
        task.setVariableLocal("stage", b.stage());
        task.setVariableLocal("callHistory", b.callHistory());
        task.setVariableLocal("brokenPromises", b.brokenPromises());
    }
}
