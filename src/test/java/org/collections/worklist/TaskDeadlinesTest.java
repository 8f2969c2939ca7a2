package org.collections.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.collections.policy.TestPolicies;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {

    private static TaskDeadlines at(ZonedDateTime now) {
        return new TaskDeadlines(TestPolicies.standard(), Clock.fixed(now.toInstant(), now.getZone()));
    }

    private static ZonedDateTime amsterdam(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, TestPolicies.standard().timeZone());
    }

    @Test
    void aCallIsDueOneContactDayLaterAtTheSameMinute() {
        // Wednesday 4 March 2026, 10:17:42
        TaskDeadlines deadlines = at(amsterdam(3, 4, 10, 17).plusSeconds(42));
        assertThat(deadlines.dueFor(TaskKind.CALL)).isEqualTo(amsterdam(3, 5, 10, 17));
    }

    @Test
    void aFridayCallIsDueOnMondayAndASaturdayOneToo() {
        assertThat(at(amsterdam(3, 6, 9, 0)).dueFor(TaskKind.CALL)).isEqualTo(amsterdam(3, 9, 9, 0));
        assertThat(at(amsterdam(3, 7, 9, 0)).dueFor(TaskKind.CALL)).isEqualTo(amsterdam(3, 9, 9, 0));
    }

    @Test
    void aDisputeHasTenContactDaysAndADecisionTwo() {
        ZonedDateTime monday = amsterdam(3, 2, 9, 0);
        assertThat(at(monday).dueFor(TaskKind.DISPUTE)).isEqualTo(amsterdam(3, 16, 9, 0));
        assertThat(at(monday).dueFor(TaskKind.ROUTE_DECISION)).isEqualTo(amsterdam(3, 4, 9, 0));
        assertThat(at(monday).dueFor(TaskKind.LEGAL_APPROVAL)).isEqualTo(amsterdam(3, 4, 9, 0));
        assertThat(at(monday).dueFor(TaskKind.NEGOTIATION)).isEqualTo(amsterdam(3, 4, 9, 0));
    }

    @Test
    void onlyALegalOutcomeIsFollowedUpBeforeItsDeadline() {
        TaskDeadlines deadlines = at(amsterdam(3, 2, 9, 0));
        assertThat(deadlines.followUpFor(TaskKind.LEGAL_OUTCOME)).contains(amsterdam(3, 16, 9, 0));
        assertThat(deadlines.dueFor(TaskKind.LEGAL_OUTCOME)).isEqualTo(amsterdam(3, 30, 9, 0));
        assertThat(deadlines.followUpFor(TaskKind.CALL)).isEmpty();
    }

    @Test
    void aDeadlineAcrossTheChangeToSummerTimeKeepsTheTimeOfDay() {
        // the clocks go forward on Sunday 29 March 2026
        assertThat(at(amsterdam(3, 27, 9, 0)).dueFor(TaskKind.CALL)).isEqualTo(amsterdam(3, 30, 9, 0));
    }
}
