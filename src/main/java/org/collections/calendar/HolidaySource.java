package org.collections.calendar;

import java.time.LocalDate;
import java.util.Map;

/** Where the public holidays of some countries come from. */
interface HolidaySource {

    /** For the dossier and the start-up log: which calendar a country's holidays come from. */
    String name();

    boolean covers(String country);

    /** The days of a Gregorian year on which nobody in the country is contacted, with the holiday's name. */
    Map<LocalDate, String> holidays(String country, int year);
}
