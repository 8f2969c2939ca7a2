package org.collections.policy;

import java.time.ZoneId;

/**
 * Whose hours a moment is planned in: the customer's time zone and country (its working week and public holidays).
 * {@code country} may be null when unknown: the business's working week then applies.
 */
public record CustomerHours(ZoneId zone, String country) {
}
