package org.collections.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static SchedulePlanner at(String isoMoment) {
        return new SchedulePlanner(TestPolicies.standard(), Clock.fixed(ZonedDateTime.parse(isoMoment).toInstant(), AMSTERDAM));
    }

    @Test
    void everyStageIsAtTheContactHourInTheBusinessZoneCountedFromTheDueDate() {
        CaseSchedule schedule = at("2026-03-02T08:00+01:00[Europe/Amsterdam]").plan(LocalDate.of(2026, 3, 20));
        assertThat(schedule.preDueReminderAt()).isEqualTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, AMSTERDAM));
        assertThat(schedule.day1At()).isEqualTo(ZonedDateTime.of(2026, 3, 21, 9, 0, 0, 0, AMSTERDAM));
        // across the change to summer time the contact hour stays 09:00 local, offset +02:00
        assertThat(schedule.day30At().toOffsetDateTime().toString()).isEqualTo("2026-04-19T09:00+02:00");
        assertThat(schedule.day60At().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void theStartStageMatchesTheInvoicesAge() {
        SchedulePlanner planner = at("2026-06-15T12:00+02:00[Europe/Amsterdam]");
        LocalDate today = LocalDate.of(2026, 6, 15);
        assertThat(planner.stageMatchingAge(today.plusDays(10))).isEqualTo(Stage.PRE_DUE);
        assertThat(planner.stageMatchingAge(today)).isEqualTo(Stage.PRE_DUE);
        assertThat(planner.stageMatchingAge(today.minusDays(1))).isEqualTo(Stage.DAY_1);
        assertThat(planner.stageMatchingAge(today.minusDays(29))).isEqualTo(Stage.DAY_1);
        assertThat(planner.stageMatchingAge(today.minusDays(45))).isEqualTo(Stage.DAY_30);
        assertThat(planner.stageMatchingAge(today.minusDays(60))).isEqualTo(Stage.DAY_60);
        assertThat(planner.stageMatchingAge(today.minusDays(400))).isEqualTo(Stage.DAY_60);
    }

    @Test
    void theNextContactDaySkipsTheWeekend() {
        assertThat(at("2026-03-06T10:00+01:00[Europe/Amsterdam]").nextContactMoment())
                .isEqualTo(ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, AMSTERDAM));
        assertThat(at("2026-03-04T10:00+01:00[Europe/Amsterdam]").nextContactMoment().getDayOfWeek())
                .isEqualTo(DayOfWeek.THURSDAY);
    }

    @Test
    void daysLateCountFromTheDueDateAndAreNeverNegative() {
        SchedulePlanner planner = at("2026-01-31T10:00+01:00[Europe/Amsterdam]");
        assertThat(planner.daysOverdue(LocalDate.of(2026, 1, 1))).isEqualTo(30);
        assertThat(planner.daysOverdue(LocalDate.of(2026, 2, 10))).isZero();
    }

    @Test
    void aPromiseIsBrokenAfterItsGraceAtTheContactHour() {
        assertThat(at("2026-03-02T08:00+01:00[Europe/Amsterdam]").promiseDeadline(LocalDate.of(2026, 3, 10)))
                .isEqualTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, AMSTERDAM));
    }
}
