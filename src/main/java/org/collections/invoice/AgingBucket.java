package org.collections.invoice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Arrays;

/** Age of an invoice past its due date, as accountants bucket receivables. */
public enum AgingBucket {
    CURRENT("CURRENT", Integer.MIN_VALUE, 0),
    DAYS_1_30("1-30", 1, 30),
    DAYS_31_60("31-60", 31, 60),
    DAYS_61_90("61-90", 61, 90),
    DAYS_90_PLUS("90+", 91, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int toDays;

    AgingBucket(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static AgingBucket of(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("aging", "must be one of CURRENT, 1-30, 31-60, 61-90, 90+"));
    }

    /** A list's filter by bucket label: none when the label is missing or blank. */
    public static AgingBucket filter(String label) {
        return label == null || label.isBlank() ? null : of(label);
    }

    /** The bucket of an invoice this many days past its due date. */
    public static AgingBucket ofDaysOverdue(long daysOverdue) {
        return Arrays.stream(values()).filter(b -> daysOverdue >= b.fromDays && daysOverdue <= b.toDays).findFirst()
                .orElseThrow();
    }

    /** Earliest due date in the bucket, seen from {@code today}. */
    public LocalDate dueFrom(LocalDate today) {
        return toDays == Integer.MAX_VALUE ? LocalDate.of(1, 1, 1) : today.minusDays(toDays);
    }

    /** Latest due date in the bucket, seen from {@code today}. */
    public LocalDate dueTo(LocalDate today) {
        return fromDays == Integer.MIN_VALUE ? LocalDate.of(9999, 12, 31) : today.minusDays(fromDays);
    }
}
