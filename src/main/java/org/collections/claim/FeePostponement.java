package org.collections.claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which a late fee does not fall due: a promise to pay or a hold (a dunning block) runs from {@code from} up to
 * (not including) {@code until}; a fee that would fall due on such a day falls due on {@code until} instead, and not
 * at all while the postponement is open ({@code until} null). Unlike a {@link Pause} it does not stop interest.
 */
public record FeePostponement(LocalDate from, LocalDate until) {

    public FeePostponement {
        Objects.requireNonNull(from, "from");
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
