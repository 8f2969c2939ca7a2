package org.collections.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Israel's days of rest against the published Gregorian dates, not against our own rules: Public holidays in Israel
 * 2025-2027, https://www.xn--das-feriados-sfb.com/en/public-holidays-and-bank-holidays/asia/israel (Pesach, seventh day of
 * Pesach, Independence Day, Shavuot, Rosh Hashanah, Yom Kippur, Sukkot, Simchat Torah / Shemini Atzeret), the same
 * 2026 dates at https://trek.zone/en/israel/calendar/2026, and Independence Day of earlier years from the Wikipedia
 * list quoted at http://nishmablog.blogspot.com/2017/05/from-rrw-fyi-rbh-httpsen.html. The eves are the day before
 * the published Rosh Hashana and Yom Kippur.
 */
class IsraeliHolidaysTest {

    private static final ContactCalendar CALENDAR =
            new ContactCalendar(CalendarSettings.defaults(), LocalTime.of(9, 0));

    @Test
    void the2026DaysOfRestAreThePublishedOnes() {
        Map<LocalDate, String> holidays = CALENDAR.holidays("IL", 2026);

        assertThat(holidays.keySet()).containsExactlyInAnyOrderElementsOf(Set.of(
                of(2026, 4, 2),   // Pesach
                of(2026, 4, 8),   // seventh day of Pesach
                of(2026, 4, 22),  // Independence Day (5 Iyar on a Wednesday: not moved)
                of(2026, 5, 22),  // Shavuot
                of(2026, 9, 11),  // Erev Rosh Hashana
                of(2026, 9, 12),  // Rosh Hashana
                of(2026, 9, 13),  // Rosh Hashana, second day
                of(2026, 9, 20),  // Erev Yom Kippur
                of(2026, 9, 21),  // Yom Kippur
                of(2026, 9, 26),  // Sukkot
                of(2026, 10, 3))); // Shemini Atzeret / Simchat Torah
        assertThat(holidays.get(of(2026, 9, 21))).isEqualTo("Yom Kippur");
        assertThat(holidays.get(of(2026, 4, 22))).contains("Yom HaAtzmaut");
    }

    @Test
    void the2027DaysOfRestAreThePublishedOnes() {
        assertThat(CALENDAR.holidays("IL", 2027).keySet()).containsExactlyInAnyOrderElementsOf(Set.of(
                of(2027, 4, 22),  // Pesach
                of(2027, 4, 28),  // seventh day of Pesach
                of(2027, 5, 12),  // Independence Day
                of(2027, 6, 11),  // Shavuot
                of(2027, 10, 1),  // Erev Rosh Hashana
                of(2027, 10, 2),  // Rosh Hashana
                of(2027, 10, 3),  // Rosh Hashana, second day
                of(2027, 10, 10), // Erev Yom Kippur
                of(2027, 10, 11), // Yom Kippur
                of(2027, 10, 16), // Sukkot
                of(2027, 10, 23))); // Shemini Atzeret / Simchat Torah
    }

    @Test
    void independenceDayMovesAwayFromShabbatAndFromMonday() {
        // Hebrew year = Gregorian year + 3760 in the spring
        assertThat(IsraeliHolidays.independenceDay(5773)).isEqualTo(of(2013, 4, 16)); // Monday 5 Iyar -> Tuesday
        assertThat(IsraeliHolidays.independenceDay(5774)).isEqualTo(of(2014, 5, 6));  // Monday 5 Iyar -> Tuesday
        assertThat(IsraeliHolidays.independenceDay(5775)).isEqualTo(of(2015, 4, 23)); // Friday 5 Iyar -> Thursday
        assertThat(IsraeliHolidays.independenceDay(5776)).isEqualTo(of(2016, 5, 12)); // Friday 5 Iyar -> Thursday
        assertThat(IsraeliHolidays.independenceDay(5777)).isEqualTo(of(2017, 5, 2));  // Monday 5 Iyar -> Tuesday
        assertThat(IsraeliHolidays.independenceDay(5786)).isEqualTo(of(2026, 4, 22)); // Wednesday: stays
    }

    @Test
    void aHolyDayIsNoWorkingDayAndSaysWhy() {
        assertThat(CALENDAR.isWorkingDay(of(2026, 9, 21), "IL")).isFalse();
        assertThat(CALENDAR.reasonHeldBack(of(2026, 9, 21), "IL")).contains("2026-09-21 is Yom Kippur in IL");
        assertThat(CALENDAR.holidayCalendarOf("IL")).contains("Hebrew calendar (ICU4J)");
    }
}
