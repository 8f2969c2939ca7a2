package org.collections.text;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's period as the people who read a message say it ("1 month", "30 days", "2 weeks"), not as the
 * configuration writes it ({@code P1M}): messages to agents and API callers quote the policy's limits.
 */
public final class Periods {

    private static final int WEEK = 7;

    private Periods() {
    }

    public static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        int days = period.getDays();
        if (days != 0 && days % WEEK == 0 && parts.isEmpty()) {
            add(parts, days / WEEK, "week");
        } else {
            add(parts, days, "day");
        }
        return parts.isEmpty() ? "0 days" : String.join(" and ", parts);
    }

    private static void add(List<String> parts, int count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (Math.abs(count) == 1 ? "" : "s"));
        }
    }
}
