package org.collections.dunning;

/**
 * The facts the {@code ChooseCollectionRoute} decision weighs, computed from the case and the policy, so the
 * decision table holds the rules and the policy holds the numbers.
 */
public record RouteFacts(boolean customerReached, boolean tooManyBrokenPromises, boolean belowPlanMinimum) {
}
