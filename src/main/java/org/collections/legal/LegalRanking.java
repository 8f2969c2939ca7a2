package org.collections.legal;

import java.util.List;

/**
 * A claim's legal options, best expected net recovery first (the ones the rules do not allow last), the best of them
 * and what is recommended, with the facts the rules decided on.
 */
public record LegalRanking(List<LegalOption> options, LegalActionType best, LegalActionType recommended,
        boolean collectionCostsExceedRecovery, boolean withinSmallClaimsLimit, boolean pastAgencyMinimumAge) {

    public LegalOption option(LegalActionType action) {
        return options.stream().filter(o -> o.action() == action).findFirst().orElseThrow();
    }
}
