package org.collections.process;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.collections.invoice.InvoiceEvents;
import org.collections.process.task.CaseBriefingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what people read about an invoice as of now when its balance changes (a payment, an account payment, credit
 * used, a credit note, a late fee): the customer's open call task, the open tasks of the customer's plan cases, the
 * invoice's own open tasks and the case's search variables. An agent reads the amount owed to the customer, so a
 * briefing from the moment the task was created is not good enough.
 *
 * <p>Runs after the booking has committed, in a transaction of its own: the money is booked whatever happens here, and
 * a refresh that fails leaves an older amount on screen (logged), never an undone payment. A step of one of those
 * cases running at the same moment makes the engine's optimistic lock fail; the refresh is then tried again.
 */
@Component
public class OpenCaseRefresh {

    private static final Logger log = LoggerFactory.getLogger(OpenCaseRefresh.class);
    private static final int ATTEMPTS = 3;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CaseSearchVariables search;
    private final CaseBriefingListener caseBriefings;
    private final ContactCases contactCases;
    private final PlanCases planCases;
    private final OpenTaskPriorities priorities;
    private final TransactionTemplate newTransaction;
    private final CaseInstances cases;
    private final RefundCases refundCases;

    public OpenCaseRefresh(RuntimeService runtime, TaskService tasks, IdentityService identity,
            CaseSearchVariables search, CaseBriefingListener caseBriefings, ContactCases contactCases,
            PlanCases planCases, OpenTaskPriorities priorities, PlatformTransactionManager transactions,
            CaseInstances cases, RefundCases refundCases) {
        this.cases = cases;
        this.refundCases = refundCases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.search = search;
        this.caseBriefings = caseBriefings;
        this.contactCases = contactCases;
        this.planCases = planCases;
        this.priorities = priorities;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void balanceChanged(InvoiceEvents.BalanceChanged event) {
        // The booking may come from a person's Tasklist action (a dispute's credit note); refreshing other tasks is the
        // application's own work, which the engine's command guard lets pass only without a user's authentication.
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    newTransaction.executeWithoutResult(status -> refresh(event));
                    return;
                } catch (OptimisticLockingException | OptimisticLockingFailureException | NullValueException e) {
                    // collided with a step of the case, or a task was completed between reading and writing it
                    log.debug("Refresh after the balance of invoice {} changed collided (attempt {})", event.number(),
                            attempt);
                }
            }
            log.warn("Open tasks of invoice {} still show the balance before its last change: refresh collided {} times",
                    event.number(), ATTEMPTS);
        } catch (RuntimeException e) {
            log.warn("Open tasks of invoice {} still show the balance before its last change", event.number(), e);
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    private void refresh(InvoiceEvents.BalanceChanged event) {
        cases.of(CollectionProcess.KEY, event.number())
                .forEach(instance -> runtime.setVariables(instance.getId(),
                        search.changed(runtime.getVariables(instance.getId(), search.names()), event.invoiceId())));
        // the invoice's own tasks (its case and the legal route it called share the invoice number as business key;
        // a contact case is keyed by a customer number, which may look the same)
        Map<String, Object> briefing = null;
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(event.number())
                .processDefinitionKeyIn(CollectionProcess.KEY, LegalRouteProcess.KEY).list()) {
            if (briefing == null) {
                briefing = caseBriefings.briefing(event.invoiceId());
            }
            tasks.setVariablesLocal(task.getId(), briefing);
            priorities.ofInvoice(task, event.invoiceId());
        }
        contactCases.refreshCallTasks(event.customerNumber());
        planCases.refreshTasksOfCustomer(event.customerNumber());
        // a new invoice (or a kept credit) may have used the credit a manager is deciding on
        refundCases.refreshTasksOfCustomer(event.customerNumber());
    }
}
