package org.collections.dunning;

import java.time.ZonedDateTime;

/** Whether the policy allows another call this week, and when. */
public record NextCall(boolean attemptsLeft, ZonedDateTime at) {
}
