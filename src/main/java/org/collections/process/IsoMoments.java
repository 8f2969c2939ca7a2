package org.collections.process;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Timer variables are ISO 8601 date-times with their offset, so no timer depends on the JVM's zone. */
public final class IsoMoments {

    private IsoMoments() {
    }

    public static String iso(ZonedDateTime moment) {
        return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
