package org.collections.calendar;

import jakarta.validation.constraints.AssertTrue;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When customers may be contacted, bound from {@code collections.calendar}; every setting has a default, so the
 * application needs no configuration for it.
 *
 * @param windowStart        the earliest local time of any contact. 08:00 to 21:00 is what US Regulation F
 *                           (12 CFR 1006.6(b)(1)(i)) presumes convenient; we apply it everywhere rather than know
 *                           each country's rule.
 * @param windowEnd          the end of the window, exclusive
 * @param defaultWorkingWeek the working days of a country without its own entry in {@code workingWeeks}
 * @param workingWeeks       working days per country (ISO 3166 alpha-2), merged over the built-in ones
 *                           ({@link #BUILT_IN_WORKING_WEEKS}); a configured country replaces the built-in entry
 * @param regions            the Jollyday region per country, e.g. {@code DE: nw} for North Rhine-Westphalia's
 *                           holidays on top of the national ones; a country without one gets the national holidays
 */
@Validated
@ConfigurationProperties("collections.calendar")
public record CalendarSettings(
        LocalTime windowStart,
        LocalTime windowEnd,
        Set<DayOfWeek> defaultWorkingWeek,
        Map<String, Set<DayOfWeek>> workingWeeks,
        Map<String, String> regions) {

    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY =
            inWeekOrder(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final Set<DayOfWeek> SUNDAY_TO_THURSDAY = inWeekOrder(EnumSet.of(DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));

    /**
     * Countries whose weekend is Friday and Saturday. Israel's by the Hours of Work and Rest Law (Shabbat) and the
     * working week of its public and private sector; Saudi Arabia and Egypt likewise keep Friday as the day of rest.
     */
    public static final Map<String, Set<DayOfWeek>> BUILT_IN_WORKING_WEEKS = Map.of(
            "IL", SUNDAY_TO_THURSDAY,
            "SA", SUNDAY_TO_THURSDAY,
            "EG", SUNDAY_TO_THURSDAY);

    public CalendarSettings {
        windowStart = windowStart == null ? LocalTime.of(8, 0) : windowStart;
        windowEnd = windowEnd == null ? LocalTime.of(21, 0) : windowEnd;
        defaultWorkingWeek = defaultWorkingWeek == null || defaultWorkingWeek.isEmpty()
                ? MONDAY_TO_FRIDAY : inWeekOrder(defaultWorkingWeek);
        Map<String, Set<DayOfWeek>> weeks = new HashMap<>(BUILT_IN_WORKING_WEEKS);
        if (workingWeeks != null) {
            // keys come upper-cased from YAML but not necessarily from environment variables or tests
            workingWeeks.forEach((country, days) -> weeks.put(ContactHours.upper(country), inWeekOrder(days)));
        }
        workingWeeks = Collections.unmodifiableMap(new TreeMap<>(weeks));
        Map<String, String> byCountry = new HashMap<>();
        if (regions != null) {
            regions.forEach((country, region) -> byCountry.put(ContactHours.upper(country), region));
        }
        regions = Map.copyOf(byCountry);
    }

    public static CalendarSettings defaults() {
        return new CalendarSettings(null, null, null, null, null);
    }

    @AssertTrue(message = "the contact window must start before it ends")
    public boolean isWindowInOrder() {
        return windowStart.isBefore(windowEnd);
    }

    @AssertTrue(message = "every working week needs at least one working day")
    public boolean isEveryWeekWorking() {
        return workingWeeks.values().stream().noneMatch(Set::isEmpty);
    }

    // an EnumSet logs its days Monday to Sunday; Set.copyOf would log them in any order
    private static Set<DayOfWeek> inWeekOrder(Set<DayOfWeek> days) {
        return days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public Set<DayOfWeek> workingWeek(String country) {
        return country == null ? defaultWorkingWeek : workingWeeks.getOrDefault(country, defaultWorkingWeek);
    }
}
