package org.collections.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.HebrewCalendar;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Israel's days of rest, which Jollyday does not know, from the Hebrew calendar (ICU4J).
 *
 * <p>The holidays are those of the Law and Administration Ordinance 1948, section 18A (the days of rest of the
 * State): both days of Rosh Hashana, Yom Kippur, the first day of Sukkot, Shemini Atzeret (Simchat Torah, one day
 * in Israel), the first and seventh day of Pesach and Shavuot; and Independence Day (Independence Day Law 1949),
 * which moves with the weekday (see {@link #independenceDay}). Shabbat is left to the working week.
 *
 * <p>The eves of Rosh Hashana and Yom Kippur are no days of rest by law, but we hold contact back on them too:
 * both holy days begin at sundown of the eve, public offices and most businesses close at midday, and a demand
 * reaching a customer as the Days of Awe begin does harm that a day's delay does not. The other eves (Pesach,
 * Sukkot, Shavuot) are ordinary half days: a letter or call in the morning is normal there.
 */
class IsraeliHolidays implements HolidaySource {

    /** A day of the Hebrew calendar, {@code shift} days moved (the eve of Rosh Hashana is the day before 1 Tishrei). */
    private record Rule(int month, int day, int shift, String name) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(HebrewCalendar.TISHRI, 1, -1, "Erev Rosh Hashana"),
            new Rule(HebrewCalendar.TISHRI, 1, 0, "Rosh Hashana"),
            new Rule(HebrewCalendar.TISHRI, 2, 0, "Rosh Hashana (second day)"),
            new Rule(HebrewCalendar.TISHRI, 9, 0, "Erev Yom Kippur"),
            new Rule(HebrewCalendar.TISHRI, 10, 0, "Yom Kippur"),
            new Rule(HebrewCalendar.TISHRI, 15, 0, "Sukkot"),
            new Rule(HebrewCalendar.TISHRI, 22, 0, "Shemini Atzeret / Simchat Torah"),
            new Rule(HebrewCalendar.NISAN, 15, 0, "Pesach"),
            new Rule(HebrewCalendar.NISAN, 21, 0, "Seventh day of Pesach"),
            new Rule(HebrewCalendar.SIVAN, 6, 0, "Shavuot"));

    /** The Hebrew year that begins in the autumn of Gregorian year y is y + 3761. */
    private static final int HEBREW_YEAR_OFFSET = 3761;

    @Override
    public String name() {
        return "Hebrew calendar (ICU4J)";
    }

    @Override
    public boolean covers(String country) {
        return "IL".equals(country);
    }

    @Override
    public Map<LocalDate, String> holidays(String country, int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        // a Gregorian year holds the spring of one Hebrew year and the autumn of the next
        for (int hebrewYear = year + HEBREW_YEAR_OFFSET - 1; hebrewYear <= year + HEBREW_YEAR_OFFSET; hebrewYear++) {
            for (Rule rule : RULES) {
                add(days, year, gregorian(hebrewYear, rule.month(), rule.day()).plusDays(rule.shift()), rule.name());
            }
            add(days, year, independenceDay(hebrewYear), "Yom HaAtzmaut (Independence Day)");
        }
        return days;
    }

    /**
     * 5 Iyar, moved so that neither it nor Memorial Day the day before touches Shabbat: to Thursday when 5 Iyar is
     * a Friday (4 Iyar) or Saturday (3 Iyar), rule of 1951; to Tuesday 6 Iyar when it is a Monday, Memorial Day and
     * Independence Day Law amendment of 2004. 5 Iyar falls on no other day than Monday, Wednesday, Friday or
     * Saturday.
     */
    static LocalDate independenceDay(int hebrewYear) {
        LocalDate fifthOfIyar = gregorian(hebrewYear, HebrewCalendar.IYAR, 5);
        return switch (fifthOfIyar.getDayOfWeek()) {
            case FRIDAY -> fifthOfIyar.minusDays(1);
            case SATURDAY -> fifthOfIyar.minusDays(2);
            case MONDAY -> fifthOfIyar.plusDays(1);
            default -> fifthOfIyar;
        };
    }

    static LocalDate gregorian(int hebrewYear, int month, int day) {
        HebrewCalendar calendar = new HebrewCalendar();
        calendar.clear();
        calendar.set(hebrewYear, month, day);
        // the Julian day number is the same day count in ICU and java.time, free of any time zone
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }

    private static void add(Map<LocalDate, String> days, int year, LocalDate day, String name) {
        if (day.getYear() == year) {
            days.merge(day, name, (a, b) -> a + " / " + b);
        }
    }
}
