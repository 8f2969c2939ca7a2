package org.collections.hold;

import java.time.Instant;
import java.time.LocalDate;

/** A running promise or hold as the API shows it on the invoice: until when (the ladder goes on that day), why, who. */
public record HoldView(HoldKind kind, LocalDate until, Instant endsAt, String reason, String by) {
}
