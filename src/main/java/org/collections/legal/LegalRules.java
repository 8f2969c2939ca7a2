package org.collections.legal;

/**
 * The rules a manager reads and changes in Modeler ({@code processes/ChooseLegalAction.dmn}): which actions a claim
 * allows, and what overrides the ranking. The engine evaluates them; the ranking asks through this port so that it
 * stays plain Java.
 */
public interface LegalRules {

    /** The facts the rules look at, for one action. */
    record Facts(LegalActionType action, boolean alreadyTried, boolean pastAgencyMinimumAge, String customerType,
            boolean withinSmallClaimsLimit, int agencyMinDaysLate, String smallClaimsLimit) {
    }

    /** Whether an action is allowed, and when it is not, why. */
    record Verdict(boolean allowed, String reason) {
    }

    Verdict allowed(Facts facts);

    /** The recommendation: the ranking's best action unless a rule overrides it. */
    LegalActionType recommend(LegalActionType bestByExpectedNet, boolean collectionCostsExceedRecovery);
}
