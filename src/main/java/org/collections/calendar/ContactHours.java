package org.collections.calendar;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a customer lives, as far as contacting them goes: the zone their clock shows and the country (ISO 3166
 * alpha-2) whose working week and public holidays they keep. A customer without a known country gets the default
 * working week and no holidays rather than no contact at all.
 */
public record ContactHours(ZoneId zone, String country) {

    public ContactHours {
        Objects.requireNonNull(zone, "zone");
        country = ContactCalendar.normalize(country);
    }

    public static ContactHours of(String zone, String country) {
        return new ContactHours(ZoneId.of(zone), country);
    }

    @Override
    public String toString() {
        return (country == null ? "??" : country) + "@" + zone;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
