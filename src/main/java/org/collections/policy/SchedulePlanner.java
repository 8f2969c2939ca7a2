package org.collections.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * Turns the policy's offsets into moments of a case. Every moment is computed from the due date (never the
 * registration date) at the contact hour in the business time zone, so a case behaves the same whenever it
 * was registered.
 */
@Service
public class SchedulePlanner {

    private static final java.time.LocalTime WINDOW_START = java.time.LocalTime.of(8, 0);
    private static final java.time.LocalTime WINDOW_END = java.time.LocalTime.of(21, 0);

    private final CollectionPolicy policy;
    private final Clock clock;

    public SchedulePlanner(CollectionPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public CaseSchedule plan(LocalDate dueDate) {
        CollectionPolicy.Stages stages = policy.stages();
        return new CaseSchedule(
                atContactHour(dueDate.minus(stages.preDueReminderBefore())),
                atContactHour(dueDate.plus(stages.day1())),
                atContactHour(dueDate.plus(stages.day30())),
                atContactHour(dueDate.plus(stages.day60())));
    }

    /**
     * The rung of the ladder matching the invoice's age today: an invoice registered 45 days late starts at
     * the 30-day notice instead of receiving every earlier letter at once.
     */
    public Stage stageMatchingAge(LocalDate dueDate) {
        ZonedDateTime now = now();
        CaseSchedule schedule = plan(dueDate);
        if (!today().isAfter(dueDate)) {
            return Stage.PRE_DUE;
        }
        if (now.isBefore(schedule.day30At())) {
            return Stage.DAY_1;
        }
        if (now.isBefore(schedule.day60At())) {
            return Stage.DAY_30;
        }
        return Stage.DAY_60;
    }

    /** The next contact day after today, at the contact hour. */
    public ZonedDateTime nextContactMoment() {
        LocalDate day = today().plusDays(1);
        while (!policy.contactDays().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return atContactHour(day);
    }

    /**
     * The first moment from {@code notBefore} on that is a contact day within the contact hours: {@code notBefore}
     * itself when it is one, else the start of the next contact hours.
     */
    public ZonedDateTime nextContactMoment(Instant notBefore) {
        return nextContactMoment(new CustomerHours(policy.timeZone(), null), notBefore);
    }

    public ZonedDateTime nextContactMoment(CustomerHours hours, Instant notBefore) {
        ZonedDateTime at = notBefore.atZone(hours.zone());
        LocalDate day = at.toLocalDate();
        if (policy.contactDays().contains(day.getDayOfWeek()) && !at.toLocalTime().isBefore(WINDOW_START)
                && at.toLocalTime().isBefore(WINDOW_END)) {
            return at;
        }
        if (!at.toLocalTime().isBefore(WINDOW_START)) {
            day = day.plusDays(1);
        }
        while (!policy.contactDays().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.atTime(WINDOW_START).atZone(hours.zone());
    }

    /** The first contact day from {@code day} on, at the contact hour. */
    public ZonedDateTime contactMomentFrom(LocalDate day) {
        LocalDate d = day;
        while (!policy.contactDays().contains(d.getDayOfWeek())) {
            d = d.plusDays(1);
        }
        return atContactHour(d);
    }

    /** When a promise to pay counts as broken: the promised day plus the grace, at the contact hour. */
    public ZonedDateTime promiseDeadline(LocalDate promisedDate) {
        return atContactHour(promisedDate.plus(policy.calls().promiseGrace()));
    }

    public ZonedDateTime finalDemandDeadline() {
        return atContactHour(today().plus(policy.stages().finalDemandDeadline()));
    }

    public long daysOverdue(LocalDate dueDate) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today()));
    }

    public ZonedDateTime atContactHour(LocalDate day) {
        return day.atTime(policy.contactHour()).atZone(policy.timeZone());
    }

    /** The business day a moment falls on. */
    public LocalDate dateOf(Instant moment) {
        return LocalDate.ofInstant(moment, policy.timeZone());
    }

    /** The business's time zone. */
    public ZoneId zone() {
        return policy.timeZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(policy.timeZone()));
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(policy.timeZone()));
    }
}
