package org.collections.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
    private static final ContactHours NEW_YORKER = new ContactHours(NEW_YORK, "US");
    private static final ContactHours DUTCH = new ContactHours(AMSTERDAM, "NL");
    private static final ContactHours ISRAELI = new ContactHours(JERUSALEM, "IL");

    private static final ContactCalendar CALENDAR =
            new ContactCalendar(CalendarSettings.defaults(), LocalTime.of(9, 0));

    // working weeks

    @Test
    void israelWorksSundayToThursday() {
        // the week of Sunday 14 June 2026, no holiday in it
        assertThat(CALENDAR.isWorkingDay(of(2026, 6, 14), "IL")).as("Sunday").isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2026, 6, 18), "IL")).as("Thursday").isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2026, 6, 19), "IL")).as("Friday").isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2026, 6, 20), "IL")).as("Saturday").isFalse();
        assertThat(CALENDAR.reasonHeldBack(of(2026, 6, 19), "IL")).contains("2026-06-19 is a Friday, no working day in IL");
    }

    @Test
    void theNetherlandsAndGermanyWorkMondayToFriday() {
        for (String country : new String[] {"NL", "DE"}) {
            assertThat(CALENDAR.isWorkingDay(of(2026, 6, 15), country)).as("Monday").isTrue();
            assertThat(CALENDAR.isWorkingDay(of(2026, 6, 19), country)).as("Friday").isTrue();
            assertThat(CALENDAR.isWorkingDay(of(2026, 6, 20), country)).as("Saturday").isFalse();
            assertThat(CALENDAR.isWorkingDay(of(2026, 6, 21), country)).as("Sunday").isFalse();
        }
    }

    @Test
    void theWorkingWeekOfACountryCanBeConfigured() {
        Set<DayOfWeek> mondayToThursday = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        ContactCalendar calendar = new ContactCalendar(
                new CalendarSettings(null, null, null, Map.of("nl", mondayToThursday), null), LocalTime.of(9, 0));

        assertThat(calendar.isWorkingDay(of(2026, 6, 19), "NL")).isFalse();
        assertThat(calendar.workingWeek("IL")).as("built-in weeks stay").contains(DayOfWeek.SUNDAY);
        assertThat(calendar.workingWeek("DE")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    // a country without a calendar

    @Test
    void aCountryWithoutACalendarWorksMondayToFridayWithoutHolidays() {
        // Tuvalu: Jollyday has no calendar for it
        assertThat(CALENDAR.hasHolidayCalendar("TV")).isFalse();
        assertThat(CALENDAR.holidayCalendarOf("TV")).isEmpty();
        assertThat(CALENDAR.isWorkingDay(of(2026, 12, 25), "TV")).isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2026, 12, 26), "TV")).isFalse();
        assertThat(CALENDAR.holidays("TV", 2026)).isEmpty();

        assertThat(CALENDAR.isWorkingDay(of(2026, 12, 25), null)).isTrue();
        ContactHours nowhere = new ContactHours(AMSTERDAM, " ");
        assertThat(nowhere.country()).isNull();
        assertThat(CALENDAR.contactMoment(of(2026, 12, 26), nowhere))
                .isEqualTo(ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, AMSTERDAM));
    }

    @Test
    void jollydayCountriesHaveACalendar() {
        assertThat(CALENDAR.holidayCalendarOf("nl")).contains("Jollyday");
        assertThat(CALENDAR.hasHolidayCalendar("US")).isTrue();
    }

    // the contact window

    @Test
    void nothingBeforeEightInTheCustomersOwnMorning() {
        Instant sevenInNewYork = ZonedDateTime.of(2026, 6, 16, 7, 0, 0, 0, NEW_YORK).toInstant();

        assertThat(CALENDAR.nextContactMoment(sevenInNewYork, NEW_YORKER))
                .isEqualTo(ZonedDateTime.of(2026, 6, 16, 8, 0, 0, 0, NEW_YORK));
    }

    @Test
    void aMomentInsideTheWindowIsItself() {
        Instant tenInNewYork = ZonedDateTime.of(2026, 6, 16, 10, 17, 0, 0, NEW_YORK).toInstant();
        Instant eightSharp = ZonedDateTime.of(2026, 6, 16, 8, 0, 0, 0, NEW_YORK).toInstant();

        assertThat(CALENDAR.nextContactMoment(tenInNewYork, NEW_YORKER).toInstant()).isEqualTo(tenInNewYork);
        assertThat(CALENDAR.nextContactMoment(eightSharp, NEW_YORKER).toInstant()).isEqualTo(eightSharp);
    }

    @Test
    void aMomentAfterTheWindowMovesToTheNextWorkingDaysStart() {
        Instant halfPastNine = ZonedDateTime.of(2026, 6, 16, 21, 30, 0, 0, NEW_YORK).toInstant();
        Instant nineSharp = ZonedDateTime.of(2026, 6, 16, 21, 0, 0, 0, NEW_YORK).toInstant();
        Instant fridayNight = ZonedDateTime.of(2026, 6, 26, 21, 30, 0, 0, NEW_YORK).toInstant();

        assertThat(CALENDAR.nextContactMoment(halfPastNine, NEW_YORKER))
                .isEqualTo(ZonedDateTime.of(2026, 6, 17, 8, 0, 0, 0, NEW_YORK));
        assertThat(CALENDAR.nextContactMoment(nineSharp, NEW_YORKER)).as("the window's end is exclusive")
                .isEqualTo(ZonedDateTime.of(2026, 6, 17, 8, 0, 0, 0, NEW_YORK));
        assertThat(CALENDAR.nextContactMoment(fridayNight, NEW_YORKER))
                .isEqualTo(ZonedDateTime.of(2026, 6, 29, 8, 0, 0, 0, NEW_YORK));
    }

    @Test
    void theWindowIsTheCustomersLocalTimeNotOurs() {
        // 15:00 in Amsterdam is 09:00 in New York, 02:00 in Amsterdam is still 20:00 the day before there
        Instant afternoonHere = ZonedDateTime.of(2026, 6, 16, 15, 0, 0, 0, AMSTERDAM).toInstant();
        Instant nightHere = ZonedDateTime.of(2026, 6, 17, 2, 0, 0, 0, AMSTERDAM).toInstant();

        assertThat(CALENDAR.nextContactMoment(afternoonHere, NEW_YORKER).toInstant()).isEqualTo(afternoonHere);
        assertThat(CALENDAR.nextContactMoment(nightHere, NEW_YORKER).toInstant()).isEqualTo(nightHere);
        assertThat(CALENDAR.nextContactMoment(nightHere, DUTCH))
                .isEqualTo(ZonedDateTime.of(2026, 6, 17, 8, 0, 0, 0, AMSTERDAM));
    }

    @Test
    void anIsraeliCustomerIsNotContactedOnTheEveOrOnYomKippur() {
        Instant eveMorning = ZonedDateTime.of(2026, 9, 20, 10, 0, 0, 0, JERUSALEM).toInstant();

        assertThat(CALENDAR.nextContactMoment(eveMorning, ISRAELI))
                .isEqualTo(ZonedDateTime.of(2026, 9, 22, 8, 0, 0, 0, JERUSALEM));
    }

    // planned moments

    @Test
    void aPlannedMomentIsTheContactHourOfTheFirstWorkingDay() {
        // Christmas on Friday, Boxing Day on Saturday: the Monday after
        assertThat(CALENDAR.contactMoment(of(2026, 12, 25), DUTCH))
                .isEqualTo(ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, AMSTERDAM));
        // Rosh Hashana on Saturday and Sunday 12-13 September 2026: Monday
        assertThat(CALENDAR.contactMoment(of(2026, 9, 11), ISRAELI))
                .isEqualTo(ZonedDateTime.of(2026, 9, 14, 9, 0, 0, 0, JERUSALEM));
        assertThat(CALENDAR.contactMoment(of(2026, 6, 16), NEW_YORKER))
                .isEqualTo(ZonedDateTime.of(2026, 6, 16, 9, 0, 0, 0, NEW_YORK));
        assertThat(CALENDAR.firstWorkingDayFrom(of(2026, 6, 19), "IL")).isEqualTo(of(2026, 6, 21));
    }

    @Test
    void aContactHourOutsideTheWindowMovesIntoIt() {
        ContactCalendar early = new ContactCalendar(CalendarSettings.defaults(), LocalTime.of(7, 0));

        assertThat(early.contactMoment(of(2026, 6, 16), DUTCH))
                .isEqualTo(ZonedDateTime.of(2026, 6, 16, 8, 0, 0, 0, AMSTERDAM));
    }

    // daylight saving time

    @Test
    void theContactHourKeepsItsLocalTimeAcrossTheDstChange() {
        // Amsterdam moves to summer time on Sunday 29 March 2026: 09:00 is 08:00 UTC on Friday, 07:00 UTC on Monday
        assertThat(CALENDAR.contactMoment(of(2026, 3, 27), DUTCH).toInstant())
                .isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
        assertThat(CALENDAR.contactMoment(of(2026, 3, 28), DUTCH).toInstant())
                .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        // New York: summer time from Sunday 8 March 2026, winter time from Sunday 1 November 2026
        assertThat(CALENDAR.nextContactMoment(Instant.parse("2026-03-08T12:00:00Z"), NEW_YORKER).toInstant())
                .isEqualTo(Instant.parse("2026-03-09T12:00:00Z"));
        assertThat(CALENDAR.nextContactMoment(Instant.parse("2026-11-02T12:30:00Z"), NEW_YORKER).toInstant())
                .as("07:30 EST is before the window").isEqualTo(Instant.parse("2026-11-02T13:00:00Z"));
    }

    @Test
    void aContactHourInTheDstGapMovesForwardAndInTheOverlapTakesTheFirst() {
        ContactHours amsterdam = new ContactHours(AMSTERDAM, "TV");
        ContactHours newYork = new ContactHours(NEW_YORK, "TV");

        // 02:30 does not exist on 29 March 2026 in Amsterdam (02:00 -> 03:00)
        ZonedDateTime inTheGap = nightOwlsAt(LocalTime.of(2, 30)).contactMoment(of(2026, 3, 29), amsterdam);
        assertThat(inTheGap.toLocalDateTime()).isEqualTo(LocalDate.of(2026, 3, 29).atTime(3, 30));
        assertThat(inTheGap.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        // 02:30 happens twice on 25 October 2026 in Amsterdam (03:00 -> 02:00): the first, still summer time
        assertThat(nightOwlsAt(LocalTime.of(2, 30)).contactMoment(of(2026, 10, 25), amsterdam).toInstant())
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        // New York: 02:30 does not exist on 8 March 2026; 01:30 happens twice on 1 November 2026
        assertThat(nightOwlsAt(LocalTime.of(2, 30)).contactMoment(of(2026, 3, 8), newYork).toInstant())
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(nightOwlsAt(LocalTime.of(1, 30)).contactMoment(of(2026, 11, 1), newYork).toInstant())
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }

    /** A calendar contacting every day of the week from 01:00, to reach the hours the clocks skip or repeat. */
    private static ContactCalendar nightOwlsAt(LocalTime contactHour) {
        CalendarSettings nightOwls = new CalendarSettings(LocalTime.of(1, 0), LocalTime.of(23, 0),
                EnumSet.allOf(DayOfWeek.class), Map.of(), null);
        return new ContactCalendar(nightOwls, contactHour);
    }
}
