package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.bank.MatchDecision;
import org.collections.bank.MatchRequest;
import org.collections.bank.PaymentMatching;
import org.collections.process.MatchPaymentProcess;
import org.springframework.stereotype.Component;

/**
 * Task_MatchPayment, on complete: books the payment where the agent chose, or marks it not ours. The payment is found
 * by the case's business key; a choice that cannot be carried out keeps the task open with the reason.
 */
@Component
public class MatchPaymentCompletedListener implements TaskListener {

    private final PaymentMatching matching;

    public MatchPaymentCompletedListener(PaymentMatching matching) {
        this.matching = matching;
    }

    @Override
    public void notify(DelegateTask task) {
        MatchDecision decision = TaskInput.validated(() -> matching.decide(
                task.getExecution().getProcessBusinessKey(),
                new MatchRequest(MatchPaymentProcess.MATCH_TO.get(task), MatchPaymentProcess.MATCH_OTHER.get(task),
                        MatchPaymentProcess.MATCH_NOTES.get(task)),
                TaskInput.actor(task)));
        MatchPaymentProcess.MATCH_DECISION.set(task.getExecution().getProcessInstance(), decision.name());
    }
}
