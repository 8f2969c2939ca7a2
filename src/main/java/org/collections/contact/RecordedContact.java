package org.collections.contact;

import org.collections.dunning.CallOutcome;

/** A recorded call to a customer: its outcome and whether a promise to pay needs confirming in writing. */
public record RecordedContact(long customerCallId, CallOutcome outcome, boolean promiseMade) {
}
