package org.collections.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.collections.calendar.CalendarSettings;
import org.collections.calendar.ContactHours;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static final ContactHours DUTCH = ContactHours.of("Europe/Amsterdam", "NL");
    static final ContactHours ISRAELI = ContactHours.of("Asia/Jerusalem", "IL");
    static final ContactHours NEW_YORK = ContactHours.of("America/New_York", "US");

    static SchedulePlanner at(String isoMoment) {
        return new SchedulePlanner(TestPolicies.standard(), Clock.fixed(ZonedDateTime.parse(isoMoment).toInstant(),
                AMSTERDAM), CalendarSettings.defaults());
    }

    @Test
    void everyStageIsAtTheContactHourOfTheCustomersNextWorkingDayCountedFromTheDueDate() {
        CaseSchedule schedule = at("2026-03-02T08:00+01:00[Europe/Amsterdam]").plan(LocalDate.of(2026, 3, 20), DUTCH);
        assertThat(schedule.preDueReminderAt()).isEqualTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, AMSTERDAM));
        // day 1 is a Saturday: Monday
        assertThat(schedule.day1At()).isEqualTo(ZonedDateTime.of(2026, 3, 23, 9, 0, 0, 0, AMSTERDAM));
        // day 30 is a Sunday, after the change to summer time: Monday 09:00 local, offset +02:00
        assertThat(schedule.day30At().toOffsetDateTime().toString()).isEqualTo("2026-04-20T09:00+02:00");
        assertThat(schedule.day60At().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void aDutchCustomerIsNotContactedOnKingsDay() {
        // due 28 March: day 30 falls on Monday 27 April, Koningsdag
        assertThat(at("2026-03-02T08:00+01:00[Europe/Amsterdam]").plan(LocalDate.of(2026, 3, 28), DUTCH).day30At())
                .isEqualTo(ZonedDateTime.of(2026, 4, 28, 9, 0, 0, 0, AMSTERDAM));
    }

    @Test
    void anIsraeliCustomerIsContactedSundayToThursdayInIsraelsTime() {
        // due Thursday 19 March 2026: day 1 is a Friday, the next working day in Israel is Sunday
        CaseSchedule schedule = at("2026-03-02T08:00+01:00[Europe/Amsterdam]").plan(LocalDate.of(2026, 3, 19), ISRAELI);
        assertThat(schedule.day1At()).isEqualTo(ZonedDateTime.of(2026, 3, 22, 9, 0, 0, 0, ISRAELI.zone()));
        assertThat(schedule.day1At().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        for (ZonedDateTime moment : List.of(schedule.preDueReminderAt(), schedule.day1At(), schedule.day30At(),
                schedule.day60At())) {
            assertThat(moment.getDayOfWeek()).isNotIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        }
    }

    @Test
    void aNewYorkCustomerIsContactedAtNineNewYorkTime() {
        CaseSchedule schedule = at("2026-03-02T08:00+01:00[Europe/Amsterdam]").plan(LocalDate.of(2026, 3, 19),
                NEW_YORK);
        assertThat(schedule.day1At().toOffsetDateTime().toString()).isEqualTo("2026-03-20T09:00-04:00");
        // a call held back until the window opens: 08:00 in New York, not in Amsterdam
        assertThat(at("2026-03-02T08:00+01:00[Europe/Amsterdam]").nextContactMoment(NEW_YORK,
                ZonedDateTime.parse("2026-03-20T12:00+01:00[Europe/Amsterdam]").toInstant()).toOffsetDateTime()
                .toString()).isEqualTo("2026-03-20T08:00-04:00");
    }

    @Test
    void theStartStageMatchesTheInvoicesAge() {
        SchedulePlanner planner = at("2026-06-15T12:00+02:00[Europe/Amsterdam]");
        LocalDate today = LocalDate.of(2026, 6, 15);
        assertThat(planner.stageMatchingAge(today.plusDays(10), DUTCH)).isEqualTo(Stage.PRE_DUE);
        assertThat(planner.stageMatchingAge(today, DUTCH)).isEqualTo(Stage.PRE_DUE);
        assertThat(planner.stageMatchingAge(today.minusDays(1), DUTCH)).isEqualTo(Stage.DAY_1);
        assertThat(planner.stageMatchingAge(today.minusDays(29), DUTCH)).isEqualTo(Stage.DAY_1);
        assertThat(planner.stageMatchingAge(today.minusDays(45), DUTCH)).isEqualTo(Stage.DAY_30);
        assertThat(planner.stageMatchingAge(today.minusDays(60), DUTCH)).isEqualTo(Stage.DAY_60);
        assertThat(planner.stageMatchingAge(today.minusDays(400), DUTCH)).isEqualTo(Stage.DAY_60);
    }

    @Test
    void theNextContactDaySkipsTheWeekend() {
        assertThat(at("2026-03-06T10:00+01:00[Europe/Amsterdam]").nextContactMoment(DUTCH))
                .isEqualTo(ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, AMSTERDAM));
        assertThat(at("2026-03-04T10:00+01:00[Europe/Amsterdam]").nextContactMoment(DUTCH).getDayOfWeek())
                .isEqualTo(DayOfWeek.THURSDAY);
        // Thursday in Israel: the next working day there is Sunday
        assertThat(at("2026-03-05T10:00+01:00[Europe/Amsterdam]").nextContactMoment(ISRAELI).getDayOfWeek())
                .isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void daysLateCountFromTheDueDateAndAreNeverNegative() {
        SchedulePlanner planner = at("2026-01-31T10:00+01:00[Europe/Amsterdam]");
        assertThat(planner.daysOverdue(LocalDate.of(2026, 1, 1))).isEqualTo(30);
        assertThat(planner.daysOverdue(LocalDate.of(2026, 2, 10))).isZero();
    }

    @Test
    void aPromiseIsBrokenAfterItsGraceAtTheContactHour() {
        assertThat(at("2026-03-02T08:00+01:00[Europe/Amsterdam]").promiseDeadline(LocalDate.of(2026, 3, 10), DUTCH))
                .isEqualTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, AMSTERDAM));
    }
}
