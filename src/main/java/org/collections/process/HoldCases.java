package org.collections.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.collections.hold.CaseControl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Holds, hold lifts and disputes reach an invoice's case by its business key (the invoice number), never by a variable
 * a form could change. Where the case waits is read from its message subscriptions and active activities; a case
 * between two waits, from its queued or failed step.
 */
@Component
public class HoldCases implements CaseControl {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final CaseInstances cases;

    public HoldCases(RuntimeService runtime, ManagementService management, RepositoryService repository,
            CaseInstances cases) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.cases = cases;
    }

    @Override
    public Position position(String invoiceNumber) {
        var instances = cases.of(CollectionProcess.KEY, invoiceNumber);
        if (instances.isEmpty()) {
            return Position.NONE;
        }
        if (instances.stream().anyMatch(ProcessInstance::isSuspended)) {
            // its subscriptions stay, but no message reaches a suspended case
            return Position.SUSPENDED;
        }
        for (var instance : instances) {
            if (subscribed(instance.getId(), CollectionProcess.MSG_HOLD_LIFTED)) {
                return Position.ON_HOLD;
            }
            if (subscribed(instance.getId(), CollectionProcess.MSG_CASE_PUT_ON_HOLD)) {
                return Position.LADDER;
            }
            if (subscribed(instance.getId(), CollectionProcess.MSG_PAYMENT_PLAN_DEFAULTED)) {
                return Position.PAYMENT_PLAN;
            }
            List<String> active = runtime.getActiveActivityIds(instance.getId());
            if (active.contains(CollectionProcess.TASK_DECIDE_ROUTE)) {
                return Position.ROUTE_DECISION;
            }
            if (active.contains(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE)) {
                return Position.LEGAL_ROUTE;
            }
            if (active.contains(CollectionProcess.TASK_RESOLVE_DISPUTE)) {
                return Position.DISPUTE;
            }
        }
        for (var instance : instances) {
            // an asynchronous step (a message job, not a timer) that is queued, running or failed
            List<Job> steps = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
            if (steps.stream().anyMatch(HoldCases::failed)) {
                return Position.STEP_FAILED;
            }
            if (!steps.isEmpty()) {
                return Position.BETWEEN_STEPS;
            }
        }
        return Position.ELSEWHERE;
    }

    /**
     * The failed step is not done: the case leaves it for Handle stopped customer as a stop on its ladder would take
     * it, and, resumed, is dunned again from its age.
     */
    @Override
    public Optional<String> stopCustomerAtFailedStep(String invoiceNumber) {
        for (var instance : cases.of(CollectionProcess.KEY, invoiceNumber)) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
                if (!failed(job) || job.getJobDefinitionId() == null) {
                    continue;
                }
                String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId();
                try {
                    runtime.createProcessInstanceModification(instance.getId())
                            .cancelAllForActivity(activity)
                            .startBeforeActivity(CollectionProcess.GATEWAY_CUSTOMER_STOPPED)
                            .setVariable(CaseVariables.RESUME_AT.name(), Position.LADDER.name())
                            .execute();
                } catch (OptimisticLockingException e) {
                    throw new OptimisticLockingFailureException("case of invoice " + invoiceNumber
                            + " changed meanwhile", e);
                }
                FlowElement step = repository.getBpmnModelInstance(instance.getProcessDefinitionId())
                        .getModelElementById(activity);
                return Optional.of(step == null || step.getName() == null ? activity : step.getName());
            }
        }
        return Optional.empty();
    }

    /** A step that threw: retried later while it has retries, else an incident. */
    private static boolean failed(Job job) {
        return job.getExceptionMessage() != null || job.getRetries() == 0;
    }

    @Override
    public void putOnHold(String invoiceNumber) {
        correlate(invoiceNumber, CollectionProcess.MSG_CASE_PUT_ON_HOLD);
    }

    @Override
    public void liftHold(String invoiceNumber) {
        correlate(invoiceNumber, CollectionProcess.MSG_HOLD_LIFTED);
    }

    @Override
    public void raiseDispute(String invoiceNumber) {
        correlateLeaving(invoiceNumber, CollectionProcess.MSG_DISPUTE_RAISED);
    }

    @Override
    public void stopCustomer(String invoiceNumber) {
        correlateLeaving(invoiceNumber, CollectionProcess.MSG_CUSTOMER_STOPPED);
    }

    /**
     * The case leaves for a person; where it was goes with the message, so that it comes back there: the legal route,
     * or else the ladder (planned again from the invoice's age: from the route decision it comes back to it, from a
     * payment plan it is dunned from its age again). A case in a dispute keeps where its dispute came from: after a
     * stop it goes back to the dispute first, then there.
     */
    private void correlateLeaving(String invoiceNumber, String message) {
        Position position = position(invoiceNumber);
        var correlation = runtime.createMessageCorrelation(message).processInstanceBusinessKey(invoiceNumber);
        if (position != Position.DISPUTE) {
            correlation.setVariable(CaseVariables.RESUME_AT.name(), position == Position.LEGAL_ROUTE
                    ? Position.LEGAL_ROUTE.name() : Position.LADDER.name());
        }
        try {
            correlation.correlateWithResult();
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingFailureException("case of invoice " + invoiceNumber + " changed meanwhile", e);
        }
    }

    private boolean subscribed(String instanceId, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instanceId).eventName(message).count() > 0;
    }

    private void correlate(String invoiceNumber, String message) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(invoiceNumber).correlateWithResult();
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingFailureException("case of invoice " + invoiceNumber + " changed meanwhile", e);
        }
    }
}
