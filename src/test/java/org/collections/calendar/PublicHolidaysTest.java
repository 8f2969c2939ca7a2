package org.collections.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dutch and German public holidays from Jollyday against the published dates. The Netherlands: the official holidays
 * of 2026 and 2027 as listed at https://www.naswerkt.nl/werknemers/officiele-feestdagen and
 * http://www.alle-feestdagen.be/nederland/feestdagen-2026.html (Good Friday is no official day off: it is not among
 * them). Germany, national holidays: https://www.xn--das-feriados-sfb.com/de/feiertage/europe/deutschland (2026, 2027) and
 * https://kalender-online.com/kalender-2026 ("bundesweiter Feiertag").
 */
class PublicHolidaysTest {

    private static final ContactCalendar CALENDAR =
            new ContactCalendar(CalendarSettings.defaults(), LocalTime.of(9, 0));

    @Test
    void dutchHolidays2026() {
        assertThat(CALENDAR.holidays("NL", 2026).keySet()).containsExactlyInAnyOrderElementsOf(Set.of(
                of(2026, 1, 1), of(2026, 4, 5), of(2026, 4, 6), of(2026, 4, 27), of(2026, 5, 5), of(2026, 5, 14),
                of(2026, 5, 24), of(2026, 5, 25), of(2026, 12, 25), of(2026, 12, 26)));
        assertThat(CALENDAR.isWorkingDay(of(2026, 4, 3), "NL")).as("Good Friday").isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2026, 4, 27), "NL")).as("King's Day").isFalse();
    }

    @Test
    void dutchHolidays2027() {
        Map<LocalDate, String> holidays = CALENDAR.holidays("NL", 2027);
        assertThat(holidays).containsKeys(of(2027, 1, 1), of(2027, 3, 29), of(2027, 4, 27), of(2027, 5, 5),
                of(2027, 5, 6), of(2027, 5, 17), of(2027, 12, 25), of(2027, 12, 26));
        assertThat(holidays).doesNotContainKey(of(2027, 3, 26));
    }

    @Test
    void germanNationalHolidays2026And2027() {
        assertThat(CALENDAR.holidays("DE", 2026).keySet()).containsExactlyInAnyOrderElementsOf(Set.of(
                of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 1), of(2026, 5, 14), of(2026, 5, 25),
                of(2026, 10, 3), of(2026, 12, 25), of(2026, 12, 26)));
        assertThat(CALENDAR.holidays("DE", 2027).keySet()).containsExactlyInAnyOrderElementsOf(Set.of(
                of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29), of(2027, 5, 1), of(2027, 5, 6), of(2027, 5, 17),
                of(2027, 10, 3), of(2027, 12, 25), of(2027, 12, 26)));
        assertThat(CALENDAR.holiday(of(2026, 10, 3), "de")).hasValueSatisfying(name -> assertThat(name).isNotBlank());
    }

    @Test
    void aGermanRegionAddsItsOwnHolidays() {
        // Epiphany, Tuesday 6 January 2026, is a holiday in Bavaria only (kalender-online.com)
        ContactCalendar bavaria = new ContactCalendar(
                new CalendarSettings(null, null, null, null, Map.of("de", "by")), LocalTime.of(9, 0));
        assertThat(bavaria.isWorkingDay(of(2026, 1, 6), "DE")).isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2026, 1, 6), "DE")).isTrue();
    }

    @Test
    void theDossierLearnsWhyADayIsHeldBack() {
        assertThat(CALENDAR.reasonHeldBack(of(2026, 12, 25), "NL"))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("2026-12-25 is ").endsWith(" in NL"));
        assertThat(CALENDAR.reasonHeldBack(of(2026, 12, 27), "NL")).contains("2026-12-27 is a Sunday, no working day in NL");
        assertThat(CALENDAR.reasonHeldBack(of(2026, 12, 28), "NL")).isEmpty();
    }

    @Test
    void holidaysAreComputedOncePerCountryAndYear() {
        assertThat(CALENDAR.holidays("NL", 2026)).isSameAs(CALENDAR.holidays("nl", 2026));
    }
}
