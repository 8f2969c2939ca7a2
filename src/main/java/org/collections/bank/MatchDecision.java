package org.collections.bank;

/** What the agent decided in a Match payment task, as the model's gateway reads it. */
public enum MatchDecision {
    BOOKED, NOT_OURS
}
