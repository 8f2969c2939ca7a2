package org.collections.worklist;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.collections.policy.CollectionPolicy;
import org.springframework.stereotype.Service;

/**
 * When a task is due and when it is followed up, counted in the business's contact days from the moment the task
 * appears. Whole minutes, so the task's due date and the timer that escalates it, both computed as the task
 * starts, are the same moment.
 */
@Service
public class TaskDeadlines {

    private final CollectionPolicy policy;
    private final Clock clock;

    public TaskDeadlines(CollectionPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public ZonedDateTime dueFor(TaskKind kind) {
        return afterContactDays(now(), contactDays(kind));
    }

    /** The legal outcome is asked for halfway: a lawyer or agency rarely reports by itself. */
    public Optional<ZonedDateTime> followUpFor(TaskKind kind) {
        return kind == TaskKind.LEGAL_OUTCOME
                ? Optional.of(afterContactDays(now(), policy.tasks().legalOutcomeFollowUp()))
                : Optional.empty();
    }

    int contactDays(TaskKind kind) {
        CollectionPolicy.Tasks tasks = policy.tasks();
        return switch (kind) {
            // money waiting to be booked holds up the customer's case as an unanswered call does
            case CALL, MISSED_INSTALMENT_CALL, PAYMENT_MATCH -> tasks.callWithin();
            case NEGOTIATION -> tasks.negotiationWithin();
            case DISPUTE -> tasks.disputeWithin();
            case ROUTE_DECISION, LEGAL_APPROVAL, REFUND_DECISION -> tasks.decisionWithin();
            case LEGAL_OUTCOME -> tasks.legalOutcomeWithin();
        };
    }

    /** The same time of day, {@code days} contact days later: Friday 10:00 plus one is Monday 10:00. */
    ZonedDateTime afterContactDays(ZonedDateTime from, int days) {
        ZonedDateTime moment = from;
        int counted = 0;
        while (counted < days) {
            moment = moment.plusDays(1);
            if (policy.contactDays().contains(moment.getDayOfWeek())) {
                counted++;
            }
        }
        return moment;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(policy.timeZone())).truncatedTo(ChronoUnit.MINUTES);
    }
}
