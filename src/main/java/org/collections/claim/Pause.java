package org.collections.claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which nothing is added to a claim, from {@code from} up to (not including) {@code until}; an open pause
 * ({@code until} null) lasts. A payment plan pauses the claim: its instalments were agreed on the balance of that day.
 */
public record Pause(LocalDate from, LocalDate until) {

    public Pause {
        Objects.requireNonNull(from, "from");
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
