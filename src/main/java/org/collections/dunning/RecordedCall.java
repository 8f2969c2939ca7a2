package org.collections.dunning;

import java.time.ZonedDateTime;

public record RecordedCall(Long callId, CallOutcome outcome, ZonedDateTime promiseDeadline) {
}
