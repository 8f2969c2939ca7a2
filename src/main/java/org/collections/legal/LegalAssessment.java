package org.collections.legal;

import java.time.ZonedDateTime;

/**
 * The facts the {@code ChooseLegalAction} decision weighs, computed from the case and the policy, with the
 * expected net recovery of every option for the manager to see.
 */
public record LegalAssessment(boolean collectionCostsExceedRecovery, boolean withinSmallClaimsLimit,
        boolean pastAgencyMinimumAge, String customerType, String options, ZonedDateTime agencyAllowedAt) {
}
