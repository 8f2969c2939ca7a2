package org.collections.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.collections.invoice.CaseProgress;
import org.collections.invoice.InvoiceEvents;
import org.collections.plan.PaymentPlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Where the invoice side meets the engine: opens a case for a registered invoice, tells the case that it has
 * been paid, and reports a case's next step. Runs inside the caller's transaction.
 */
@Component
public class CaseFacade implements CaseProgress {

    private static final Logger log = LoggerFactory.getLogger(CaseFacade.class);
    /** cases whose business key is the customer number */
    private static final Set<String> CUSTOMER_CASES = Set.of(CustomerContactProcess.KEY, RefundCreditProcess.KEY);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Clock clock;
    private final PaymentPlanService plans;
    private final CaseInstances instances;
    private final Map<String, String> activityNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final String taskTable;

    public CaseFacade(RuntimeService runtime, TaskService tasks, ManagementService management,
            RepositoryService repository, Clock clock, PaymentPlanService plans, CaseInstances instances) {
        this.instances = instances;
        this.clock = clock;
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.taskTable = management.getTableName(Task.class);
    }

    @EventListener
    @Order(0)
    public void invoiceRegistered(InvoiceEvents.InvoiceRegistered event) {
        ProcessInstance instance = runtime.createMessageCorrelation(CollectionProcess.MSG_INVOICE_REGISTERED)
                .processInstanceBusinessKey(event.number())
                .setVariable(CaseVariables.INVOICE_ID.name(), event.invoiceId())
                .setVariable(CaseVariables.CUSTOMER_NUMBER.name(), event.customerNumber())
                .correlateStartMessage();
        log.info("Opened case {} for invoice {}", instance.getId(), event.number());
    }

    /**
     * Tells the case it has been paid. A step of the case running at the same moment makes the engine's
     * optimistic lock fail; that is handed on as Spring's concurrency failure, which the caller's transaction
     * retries.
     */
    @EventListener
    public void invoicePaidInFull(InvoiceEvents.InvoicePaidInFull event) {
        end(event.number(), CollectionProcess.MSG_INVOICE_PAID_IN_FULL, "paid");
    }

    /** Tells the case that a credit note left nothing to pay; retried like {@link #invoicePaidInFull}. */
    @EventListener
    public void invoiceCredited(InvoiceEvents.InvoiceCredited event) {
        end(event.number(), CollectionProcess.MSG_INVOICE_CREDITED, "credited");
    }

    /** Tells the case that the invoice was cancelled; retried like {@link #invoicePaidInFull}. */
    @EventListener
    public void invoiceCancelled(InvoiceEvents.InvoiceCancelled event) {
        end(event.number(), CollectionProcess.MSG_INVOICE_CANCELLED, "cancelled");
    }

    /**
     * Tells the case that its due date moved: on the dunning ladder or at its route decision it re-plans; elsewhere
     * (a dispute, a plan, the legal route) nothing waits for the message, and a dispute re-plans from the new date
     * when it resumes.
     */
    @EventListener
    public void dueDateChanged(InvoiceEvents.DueDateChanged event) {
        int cases = correlate(event.number(), CollectionProcess.MSG_DUE_DATE_CHANGED);
        log.info("Due date of invoice {} changed; {} case(s) re-plan", event.number(), cases);
    }

    /** Ends the invoice's case with the outcome's message, activating a suspended case first so that it ends. */
    private void end(String number, String message, String outcome) {
        // A suspended case hears no message; a settled invoice's case ends all the same, so it is activated first.
        instances.of(CollectionProcess.KEY, number).stream().filter(ProcessInstance::isSuspended)
                .forEach(instance -> {
                    runtime.activateProcessInstanceById(instance.getId());
                    log.info("Case {} of invoice {} was suspended; activated to end it as {}", instance.getId(),
                            number, outcome);
                });
        int cases = correlate(number, message);
        log.info("Invoice {} {}; {} open case(s) told", number, outcome, cases);
    }

    private int correlate(String number, String message) {
        try {
            return runtime.createMessageCorrelation(message).processInstanceBusinessKey(number)
                    .correlateAllWithResult().size();
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingFailureException("case of invoice " + number + " changed meanwhile", e);
        }
    }

    @Override
    public Optional<NextStep> nextStep(String invoiceNumber) {
        // the invoice's case and the processes it called; a customer's contact or refund case may share the number
        List<ProcessInstance> cases = instances.except(CUSTOMER_CASES, invoiceNumber);
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        Optional<Task> task = firstTask(cases.stream().map(ProcessInstance::getId).toList());
        if (task.isPresent()) {
            return Optional.of(new NextStep(task.get().getName(), task.get().getCreateTime().toInstant()));
        }
        Optional<NextStep> call = awaitedCaseStep(cases);
        if (call.isPresent()) {
            return call;
        }
        return cases.stream()
                .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).list().stream())
                .filter(job -> job.getDuedate() != null)
                .min(Comparator.comparing(Job::getDuedate))
                .map(job -> new NextStep(activityName(job), job.getDuedate().toInstant()))
                .or(() -> Optional.of(new NextStep("in progress", clock.instant())));
    }

    /**
     * The instances' oldest open task, read by a native query. The task query's dynamic SQL (hundreds of conditions
     * MyBatis evaluates on every call) took half of this look-up's time and a quarter of an invoice's view, which
     * every registration answers with (session 14's flight recording). A native query checks no authorization: this
     * answers the project API, whose callers see every case.
     */
    private Optional<Task> firstTask(List<String> instanceIds) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < instanceIds.size(); i++) {
            in.append(i == 0 ? "" : ", ").append("#{instance").append(i).append('}');
        }
        var query = tasks.createNativeTaskQuery().sql("select RES.* from " + taskTable
                + " RES where RES.PROC_INST_ID_ in (" + in + ") order by RES.CREATE_TIME_ asc, RES.ID_ asc");
        for (int i = 0; i < instanceIds.size(); i++) {
            query.parameter("instance" + i, instanceIds.get(i));
        }
        return query.list().stream().findFirst();
    }

    /**
     * An invoice waiting for another case (its customer's call, its payment plan): its next step is that case's open
     * task, or the case's next timer (the next call attempt, the next instalment).
     */
    private Optional<NextStep> awaitedCaseStep(List<ProcessInstance> cases) {
        for (ProcessInstance instance : cases) {
            Optional<String[]> other = awaitedCase(instance.getId());
            if (other.isEmpty()) {
                continue;
            }
            String definition = other.get()[0];
            String key = other.get()[1];
            Optional<Task> task = tasks.createTaskQuery().processDefinitionKey(definition)
                    .processInstanceBusinessKey(key).orderByTaskCreateTime().asc().list().stream().findFirst();
            if (task.isPresent()) {
                return Optional.of(new NextStep(task.get().getName(), task.get().getCreateTime().toInstant()));
            }
            return instances.of(definition, key).stream()
                    .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).timers().list().stream())
                    .min(Comparator.comparing(Job::getDuedate))
                    .map(job -> new NextStep(activityName(job), job.getDuedate().toInstant()));
        }
        return Optional.empty();
    }

    /** The process definition and business key of the case this invoice case waits for, if it waits for one. */
    private Optional<String[]> awaitedCase(String instanceId) {
        Set<String> awaited = runtime.createEventSubscriptionQuery().processInstanceId(instanceId).eventType("message")
                .list().stream().map(EventSubscription::getEventName).collect(Collectors.toSet());
        if (awaited.contains(InvoiceCallProcess.MSG_CALL_OUTCOME)) {
            Object customer = runtime.getVariable(instanceId, CaseVariables.CUSTOMER_NUMBER.name());
            return customer == null ? Optional.empty()
                    : Optional.of(new String[] {CustomerContactProcess.KEY, customer.toString()});
        }
        if (awaited.contains(CollectionProcess.MSG_PAYMENT_PLAN_DEFAULTED)) {
            Object plan = runtime.getVariable(instanceId, CaseVariables.PLAN_ID.name());
            return plan instanceof Long id
                    ? Optional.of(new String[] {PaymentPlanProcess.KEY, PaymentPlanProcess.businessKey(id)})
                    : Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public List<OpenTask> openTasks(Collection<String> invoiceNumbers, String customerNumber) {
        List<String> keys = new ArrayList<>(invoiceNumbers);
        keys.add(customerNumber);
        // the customer's plan cases (business key PLAN-<id>): their negotiation and missed-instalment calls
        plans.planIdsOf(customerNumber).forEach(id -> keys.add(PaymentPlanProcess.businessKey(id)));
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(keys.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessInstance> instanceOf = new HashMap<>();
        runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
                .forEach(i -> instanceOf.put(i.getId(), i));
        Map<String, String> definitionKeys = new HashMap<>();
        List<OpenTask> result = new ArrayList<>();
        for (Task t : open) {
            ProcessInstance instance = instanceOf.get(t.getProcessInstanceId());
            String definition = definitionKeys.computeIfAbsent(t.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id).getKey());
            // the call and the refund of credit are about the customer, not one invoice
            boolean customerCase = CUSTOMER_CASES.contains(definition);
            // an invoice and another customer may share a number: each task counts only where it belongs
            if (customerCase ? !instance.getBusinessKey().equals(customerNumber)
                    : !invoiceNumbers.contains(instance.getBusinessKey())) {
                continue;
            }
            result.add(new OpenTask(t.getId(), t.getName(), customerCase ? null : instance.getBusinessKey(),
                    t.getCreateTime().toInstant(), t.getAssignee()));
        }
        return result;
    }

    /** The step a job runs, by name; a job definition never changes, so each is looked up once. */
    private String activityName(Job job) {
        if (job.getJobDefinitionId() == null) {
            return "scheduled step";
        }
        return activityNames.computeIfAbsent(job.getJobDefinitionId(), id -> {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            if (definition == null) {
                return "scheduled step";
            }
            FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId())
                    .getModelElementById(definition.getActivityId());
            return element == null || element.getName() == null ? definition.getActivityId() : element.getName();
        });
    }
}
