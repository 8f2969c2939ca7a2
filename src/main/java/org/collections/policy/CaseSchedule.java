package org.collections.policy;

import java.time.ZonedDateTime;

/** The moments of one case's dunning ladder, all in the business time zone at the contact hour. */
public record CaseSchedule(
        ZonedDateTime preDueReminderAt,
        ZonedDateTime day1At,
        ZonedDateTime day30At,
        ZonedDateTime day60At) {
}
