package org.collections.hold;

/** What a manager does with an open invoice of a stopped customer. */
public enum StopDecision {
    /** claim it through the legal route (the administrator, the estate, a lawyer) */
    LEGAL_ROUTE,
    /** write it off */
    WRITE_OFF,
    /** collect as before: only once the stop is lifted */
    RESUME
}
