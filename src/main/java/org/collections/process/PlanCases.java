package org.collections.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collections.invoice.InvoiceEvents;
import org.collections.plan.CoveredInvoice;
import org.collections.plan.PaymentPlanService;
import org.collections.plan.PlanBriefing;
import org.collections.plan.PlanLeft;
import org.collections.plan.PlanRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Messages between invoice cases and their customer's plan cases. The customer's row decides whether a plan is
 * negotiated (see {@link PaymentPlanService#request}); this class only starts, updates and tells cases accordingly.
 */
@Component
public class PlanCases {

    private static final Logger log = LoggerFactory.getLogger(PlanCases.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PaymentPlanService plans;
    private final OpenTaskPriorities priorities;
    private final CaseInstances cases;

    public PlanCases(RuntimeService runtime, TaskService tasks, PaymentPlanService plans,
            OpenTaskPriorities priorities, CaseInstances cases) {
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.plans = plans;
        this.priorities = priorities;
    }

    /** The invoice asks for a plan: it opens its customer's plan negotiation, or joins the one that is open. */
    public long requestPlan(long invoiceId) {
        PlanRequest request = plans.request(invoiceId);
        if (request.startPlanCase()) {
            runtime.createMessageCorrelation(PaymentPlanProcess.MSG_PAYMENT_PLAN_REQUESTED)
                    .processInstanceBusinessKey(PaymentPlanProcess.businessKey(request.planId()))
                    .setVariable(CaseVariables.CUSTOMER_NUMBER.name(), request.customerNumber())
                    .correlateStartMessage();
            log.info("Opened plan case {} of customer {}", request.planId(), request.customerNumber());
        } else if (!request.alreadyCovered()) {
            refreshNegotiation(request.planId());
        }
        return request.planId();
    }

    /**
     * The invoice's case no longer waits for its plan (paid in full, disputed, its customer stopped): it leaves the
     * plan (see {@link PaymentPlanService#leave}). The negotiation drops it; an agreed plan that goes on for the
     * other invoices confirms its changed instalments in writing and its open tasks show what is owed now; when no
     * covered invoice is left, the plan case ends as paid, stopped or ended.
     */
    public void leave(long invoiceId) {
        plans.leave(invoiceId).ifPresent(this::tellPlanCase);
    }

    /**
     * A credit note lowered an invoice that stays open: an agreed plan it is in confirms its recomputed instalments
     * in writing (see {@link PaymentPlanService#credited}). In the credit note's transaction, so the plan never asks
     * for what was credited.
     */
    @EventListener
    public void invoicePartlyCredited(InvoiceEvents.InvoicePartlyCredited event) {
        retriedOnCollision(() -> plans.credited(event.invoiceId()).ifPresent(this::tellPlanCase));
    }

    /**
     * The invoicing system moved an invoice's due date: an agreed plan it is in, whose instalments no longer ask what
     * its invoices owe, confirms its recomputed instalments in writing (see {@link PaymentPlanService#dueDateChanged}).
     */
    @EventListener
    public void dueDateChanged(InvoiceEvents.DueDateChanged event) {
        retriedOnCollision(() -> plans.dueDateChanged(event.invoiceId()).ifPresent(this::tellPlanCase));
    }

    /**
     * A step of the plan case running at the same moment makes the engine's optimistic lock fail; it is handed on as
     * Spring's concurrency failure, which the request's transaction retries (as for a payment), not as an error.
     */
    private static void retriedOnCollision(Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingFailureException("the plan case changed meanwhile", e);
        }
    }

    private void tellPlanCase(PlanLeft left) {
        String key = PaymentPlanProcess.businessKey(left.planId());
        if (left.nothingLeft()) {
            String message = switch (left.status()) {
                case STOPPED -> PaymentPlanProcess.MSG_PAYMENT_PLAN_STOPPED;
                case ENDED -> PaymentPlanProcess.MSG_PAYMENT_PLAN_ENDED;
                default -> PaymentPlanProcess.MSG_PAYMENT_PLAN_SETTLED;
            };
            int told = tell(key, message);
            if (told == 0 && !message.equals(PaymentPlanProcess.MSG_PAYMENT_PLAN_SETTLED)) {
                // a plan case of a model from before plans were stopped or ended knows only that they settle
                told = tell(key, PaymentPlanProcess.MSG_PAYMENT_PLAN_SETTLED);
            }
            log.info("No invoice left in plan {} ({}); {} plan case(s) told", left.planId(), left.status(), told);
        } else if (left.negotiating()) {
            refreshNegotiation(left.planId());
        } else if (left.changed()) {
            int told = tell(key, PaymentPlanProcess.MSG_PAYMENT_PLAN_CHANGED);
            log.info("Plan {} changed for the invoices still in it; {} plan case(s) told", left.planId(), told);
            refreshTasksOfCustomer(left.customerNumber());
        }
    }

    private int tell(String planKey, String message) {
        return runtime.createMessageCorrelation(message).processInstanceBusinessKey(planKey)
                .correlateAllWithResult().size();
    }

    /**
     * Tells every invoice still in the plan that it defaulted. An invoice that no longer waits (paid meanwhile) gets
     * it in its dossier instead: never an incident.
     */
    public void tellInvoicesDefaulted(long planId) {
        for (CoveredInvoice invoice : plans.coveredInvoices(planId)) {
            boolean heard = !runtime.createMessageCorrelation(CollectionProcess.MSG_PAYMENT_PLAN_DEFAULTED)
                    .processInstanceBusinessKey(invoice.invoiceNumber()).correlateAllWithResult().isEmpty();
            if (!heard) {
                plans.defaultNotHeard(invoice.invoiceId(), planId);
            }
        }
    }

    /** Shows the current invoices on the plan's open negotiation. */
    public void refreshNegotiation(long planId) {
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PaymentPlanProcess.KEY)
                .processInstanceBusinessKey(PaymentPlanProcess.businessKey(planId))
                .taskDefinitionKey(PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN).list()) {
            tasks.setVariablesLocal(task.getId(), briefing(planId));
        }
    }

    /** The running cases of the customer's plans, by their business keys. */
    private List<ProcessInstance> planCasesOf(String customerNumber) {
        return plans.planIdsOf(customerNumber).stream()
                .flatMap(id -> cases.of(PaymentPlanProcess.KEY, PaymentPlanProcess.businessKey(id)).stream())
                .toList();
    }

    /**
     * Shows what is owed now on every open task of the customer's plan cases (negotiations and missed-instalment
     * calls). A plan case from before plans had their own business key names no plan and keeps its briefing.
     */
    public void refreshTasksOfCustomer(String customerNumber) {
        for (ProcessInstance plan : planCasesOf(customerNumber)) {
            String key = plan.getBusinessKey();
            if (key == null || !key.startsWith(PaymentPlanProcess.BUSINESS_KEY_PREFIX)) {
                continue;
            }
            List<Task> open = tasks.createTaskQuery().processInstanceId(plan.getId()).list();
            if (open.isEmpty()) {
                continue;
            }
            Map<String, Object> briefing = briefing(Long.parseLong(
                    key.substring(PaymentPlanProcess.BUSINESS_KEY_PREFIX.length())));
            open.forEach(task -> {
                tasks.setVariablesLocal(task.getId(), briefing);
                priorities.ofCustomer(task, customerNumber);
            });
        }
    }

    /** A plan task's briefing, as task-local variables (the form's read-only texts). */
    public Map<String, Object> briefing(long planId) {
        PlanBriefing b = plans.briefing(planId);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(CaseVariables.CUSTOMER_NAME.name(), b.customerName());
        v.put("customerType", b.customerType());
        v.put("customerPhone", b.customerPhone());
        v.put("customerEmail", b.customerEmail());
        v.put("customerAddress", b.customerAddress());
        v.put("invoicesToDiscuss", b.invoicesToDiscuss());
        v.put(CaseVariables.INVOICE_NUMBERS.name(), b.invoiceNumbers());
        v.put(CaseVariables.TOTAL_OWED.name(), b.totalOwed());
        v.put(CaseVariables.DAYS_OVERDUE.name(), b.daysOverdue());
        v.put("callHistory", b.callHistory());
        v.put("brokenPromises", b.brokenPromises());
        v.put("planLimits", b.planLimits());
        return v;
    }
}
