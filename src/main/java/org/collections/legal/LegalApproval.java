package org.collections.legal;

import java.time.ZonedDateTime;

/** A manager's validated decision on the recommended legal action. */
public record LegalApproval(boolean approved, LegalActionType action, ZonedDateTime reassessAt) {
}
