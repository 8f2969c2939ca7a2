package org.collections.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.collections.calendar.CalendarSettings;
import org.collections.calendar.ContactCalendar;
import org.collections.calendar.ContactHours;
import org.springframework.stereotype.Service;

/**
 * Turns the policy's offsets into moments of a case. Every moment of contact is computed from the due date (never
 * the registration date) and planned in the customer's hours: the first working day of the customer's country (its
 * working week and public holidays) on or after the day the policy names, at the contact hour in the customer's own
 * time zone, never outside the contact window. A case behaves the same whenever it was registered.
 *
 * <p>The days a claim counts (days overdue, today) are the business's, in its own time zone.
 */
@Service
public class SchedulePlanner {

    /** a planned time with its offset, so that it is read right whatever zone the reader is in */
    public static final DateTimeFormatter PLANNED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final CollectionPolicy policy;
    private final Clock clock;
    private final ContactCalendar calendar;

    public SchedulePlanner(CollectionPolicy policy, Clock clock, CalendarSettings calendarSettings) {
        this.policy = policy;
        this.clock = clock;
        this.calendar = new ContactCalendar(calendarSettings, policy.contactHour());
    }

    /** The moments of the ladder for an invoice due on {@code dueDate}, in the customer's hours. */
    public CaseSchedule plan(LocalDate dueDate, ContactHours customer) {
        CollectionPolicy.Stages stages = policy.stages();
        return new CaseSchedule(
                calendar.contactMoment(dueDate.minus(stages.preDueReminderBefore()), customer),
                calendar.contactMoment(dueDate.plus(stages.day1()), customer),
                calendar.contactMoment(dueDate.plus(stages.day30()), customer),
                calendar.contactMoment(dueDate.plus(stages.day60()), customer));
    }

    /**
     * The rung of the ladder matching the invoice's age today: an invoice registered 45 days late starts at
     * the 30-day notice instead of receiving every earlier letter at once.
     */
    public Stage stageMatchingAge(LocalDate dueDate, ContactHours customer) {
        ZonedDateTime now = now();
        CaseSchedule schedule = plan(dueDate, customer);
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

    /** The customer's next working day after today (in the customer's zone), at the contact hour. */
    public ZonedDateTime nextContactMoment(ContactHours customer) {
        return calendar.contactMoment(LocalDate.now(clock.withZone(customer.zone())).plusDays(1), customer);
    }

    /**
     * The first moment from {@code notBefore} on at which the customer may be contacted: {@code notBefore} itself on
     * a working day within the contact window, else the window's next opening.
     */
    public ZonedDateTime nextContactMoment(ContactHours customer, Instant notBefore) {
        return calendar.nextContactMoment(notBefore, customer);
    }

    /** The customer's first working day from {@code day} on, at the contact hour. */
    public ZonedDateTime contactMomentFrom(LocalDate day, ContactHours customer) {
        return calendar.contactMoment(day, customer);
    }

    /** Why nobody contacts the customer on that day (a holiday, a day off in the customer's country), if so. */
    public java.util.Optional<String> reasonHeldBack(LocalDate day, ContactHours customer) {
        return calendar.reasonHeldBack(day, customer.country());
    }

    /** When a promise to pay counts as broken: the promised day plus the grace, at the customer's contact hour. */
    public ZonedDateTime promiseDeadline(LocalDate promisedDate, ContactHours customer) {
        return calendar.contactMoment(promisedDate.plus(policy.calls().promiseGrace()), customer);
    }

    public ZonedDateTime finalDemandDeadline(ContactHours customer) {
        return calendar.contactMoment(today().plus(policy.stages().finalDemandDeadline()), customer);
    }

    /** A planned contact as the dossier states it: local time with offset, and the zone it is planned in. */
    public static String describe(ZonedDateTime at) {
        return at.format(PLANNED) + " (" + at.getZone() + ")";
    }

    public long daysOverdue(LocalDate dueDate) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today()));
    }

    /** A business moment (a deadline of the business's own work): the contact hour in the business's zone. */
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
