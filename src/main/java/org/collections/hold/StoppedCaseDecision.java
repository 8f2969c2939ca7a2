package org.collections.hold;

/**
 * A manager's decision on an invoice of a stopped customer, and whether the invoice's dispute is still open (the stop
 * interrupted Resolve dispute): resumed, such a case goes back to its dispute before it collects again.
 */
public record StoppedCaseDecision(StopDecision decision, boolean disputeOpen) {
}
