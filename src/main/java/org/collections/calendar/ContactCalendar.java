package org.collections.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a customer may be contacted: on a working day of their country (its working week, not a public holiday),
 * inside the contact window in their own local time.
 *
 * <p>Two kinds of moments: a planned stage moment ({@link #contactMoment}) is set at the policy's contact hour, so
 * letters of a case go out at the same hour; a contact released at some moment ({@link #nextContactMoment}) goes out
 * at once when the window is open, since holding it until the contact hour gains the customer nothing.
 *
 * <p>A country without a holiday calendar keeps its working week and has no holidays;
 * {@link #holidayCalendarOf(String)} says so, for the dossier and the start-up log.
 *
 * <p>Made by {@code policy/SchedulePlanner} with the policy's contact hour: every plan goes through the planner.
 */
public class ContactCalendar {

    private static final Logger log = LoggerFactory.getLogger(ContactCalendar.class);

    /** More than any run of days off a country has; a calendar without working days is a configuration error. */
    private static final int MAX_DAYS_AHEAD = 366;

    private record Key(String country, int year) {
    }

    private final CalendarSettings settings;
    private final LocalTime contactHour;
    private final List<HolidaySource> sources;
    // every case step asks; Jollyday parses its XML and ICU computes the Hebrew calendar on each call otherwise
    private final Map<Key, Map<LocalDate, String>> holidays = new ConcurrentHashMap<>();
    private final Set<String> reportedWithoutCalendar = ConcurrentHashMap.newKeySet();

    public ContactCalendar(CalendarSettings settings, LocalTime contactHour) {
        this.settings = settings;
        this.contactHour = contactHour;
        JollydayHolidays jollyday = new JollydayHolidays(settings.regions());
        // Israel first: should Jollyday one day know it, the Hebrew-calendar rules here stay the ones we tested
        this.sources = List.of(new IsraeliHolidays(), jollyday);
        if (contactHour.isBefore(settings.windowStart()) || !contactHour.isBefore(settings.windowEnd())) {
            log.warn("The contact hour {} lies outside the contact window {}-{}: planned contacts move to the next "
                    + "opening of the window", contactHour, settings.windowStart(), settings.windowEnd());
        }
        log.info("Contact calendar: window {}-{} local time, working week {} except {}; public holidays of IL from "
                        + "the Hebrew calendar and of {} countries from Jollyday, none elsewhere",
                settings.windowStart(), settings.windowEnd(), settings.defaultWorkingWeek(), settings.workingWeeks(),
                jollyday.countries().size());
    }

    /** A day of the customer's working week that is no public holiday of their country. */
    public boolean isWorkingDay(LocalDate day, String country) {
        String c = normalize(country);
        return settings.workingWeek(c).contains(day.getDayOfWeek()) && holiday(day, c).isEmpty();
    }

    public Set<DayOfWeek> workingWeek(String country) {
        return settings.workingWeek(normalize(country));
    }

    /** The public holiday (or, in Israel, eve of a holy day) of the country on that day, by name. */
    public Optional<String> holiday(LocalDate day, String country) {
        String c = normalize(country);
        return Optional.ofNullable(holidays(c, day.getYear()).get(day));
    }

    /** All the country's holidays in a year, in date order. */
    public Map<LocalDate, String> holidays(String country, int year) {
        String c = normalize(country);
        if (c == null) {
            return Map.of();
        }
        return holidays.computeIfAbsent(new Key(c, year), key -> source(key.country())
                .<Map<LocalDate, String>>map(source -> Collections.unmodifiableMap(
                        new TreeMap<>(source.holidays(key.country(), key.year()))))
                .orElseGet(Map::of));
    }

    /** Where the country's holidays come from, or empty when it has none: "no holiday calendar for XX". */
    public Optional<String> holidayCalendarOf(String country) {
        return source(normalize(country)).map(HolidaySource::name);
    }

    public boolean hasHolidayCalendar(String country) {
        return holidayCalendarOf(country).isPresent();
    }

    /**
     * Why nobody is contacted in the country on that day, for the dossier ("2026-12-25 is Christmas in NL"), or
     * empty on a working day.
     */
    public Optional<String> reasonHeldBack(LocalDate day, String country) {
        String c = normalize(country);
        String where = c == null ? "the customer's country" : c;
        Optional<String> holiday = holiday(day, c);
        if (holiday.isPresent()) {
            return Optional.of(day + " is " + holiday.get() + " in " + where);
        }
        if (!settings.workingWeek(c).contains(day.getDayOfWeek())) {
            return Optional.of(day + " is a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + ", no working day in " + where);
        }
        return Optional.empty();
    }

    /** The first working day of the country on or after the day. */
    public LocalDate firstWorkingDayFrom(LocalDate day, String country) {
        LocalDate d = day;
        for (int i = 0; i <= MAX_DAYS_AHEAD; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d, country)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day in " + country + " within a year after " + day);
    }

    /**
     * A planned moment: the first working day on or after the day, at the policy's contact hour in the customer's
     * zone (later in the window if that hour does not exist that day, a DST gap, or lies outside the window).
     */
    public ZonedDateTime contactMoment(LocalDate day, ContactHours customer) {
        LocalDate workingDay = firstWorkingDayFrom(day, customer.country());
        ZonedDateTime atHour = ZonedDateTime.of(workingDay, contactHour, customer.zone());
        return nextContactMoment(atHour.toInstant(), customer);
    }

    /**
     * The earliest moment at or after {@code notBefore} on a working day of the customer's country inside the
     * contact window in their local time: {@code notBefore} itself when the window is open, else the start of the
     * next window.
     */
    public ZonedDateTime nextContactMoment(Instant notBefore, ContactHours customer) {
        ZoneId zone = customer.zone();
        ZonedDateTime moment = notBefore.atZone(zone);
        LocalDate day = moment.toLocalDate();
        for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day, customer.country())) {
                continue;
            }
            // ZonedDateTime.of moves a time in a DST gap forward and takes the earlier offset in an overlap
            ZonedDateTime opens = ZonedDateTime.of(day, settings.windowStart(), zone);
            ZonedDateTime closes = ZonedDateTime.of(day, settings.windowEnd(), zone);
            if (moment.isBefore(opens)) {
                return opens;
            }
            if (moment.isBefore(closes)) {
                return moment;
            }
        }
        throw new IllegalStateException("no contact window for " + customer + " within a year after " + notBefore);
    }

    public CalendarSettings settings() {
        return settings;
    }

    private Optional<HolidaySource> source(String country) {
        if (country == null) {
            return Optional.empty();
        }
        Optional<HolidaySource> source = sources.stream().filter(s -> s.covers(country)).findFirst();
        if (source.isEmpty() && reportedWithoutCalendar.add(country)) {
            log.info("No holiday calendar for {}: its customers are contacted on every day of its working week {}",
                    country, settings.workingWeek(country));
        }
        return source;
    }

    static String normalize(String country) {
        return country == null || country.isBlank() ? null : ContactHours.upper(country.strip());
    }
}
