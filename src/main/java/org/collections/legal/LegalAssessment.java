package org.collections.legal;

import java.time.ZonedDateTime;

/**
 * The ranking of a claim's legal options as the process needs it: the facts and the best action that the
 * {@code ChooseLegalAction} decision weighs, and the options as a table for the manager who approves.
 */
public record LegalAssessment(boolean collectionCostsExceedRecovery, String bestAction, boolean withinSmallClaimsLimit,
        boolean pastAgencyMinimumAge, String customerType, String options, ZonedDateTime agencyAllowedAt) {
}
