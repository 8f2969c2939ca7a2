package org.collections.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Public holidays from Jollyday, a maintained library with the holidays of some 90 countries. Only its public
 * holidays count: its observances (Good Friday in the Netherlands) and bank holidays are ordinary working days
 * for our customers.
 */
class JollydayHolidays implements HolidaySource {

    private final Map<String, String> regions;
    private final Set<String> countries;

    JollydayHolidays(Map<String, String> regions) {
        this.regions = regions;
        // Jollyday also knows exchanges and TARGET; those are no countries
        this.countries = HolidayManager.getSupportedCalendarCodes().stream()
                .filter(code -> code.length() == 2)
                .map(ContactHours::upper)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "Jollyday";
    }

    @Override
    public boolean covers(String country) {
        return country != null && countries.contains(country);
    }

    Set<String> countries() {
        return countries;
    }

    @Override
    public Map<LocalDate, String> holidays(String country, int year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
        String region = regions.get(country);
        String[] path = region == null || region.isBlank() ? new String[0] : region.toLowerCase(Locale.ROOT).split("/");
        Map<LocalDate, String> days = new TreeMap<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, path)) {
            // a holiday moved to a weekday (observed) keeps people off work on that weekday
            days.merge(holiday.getDate(), holiday.getDescription(Locale.ENGLISH), (a, b) -> a + " / " + b);
        }
        return days;
    }
}
