package org.collections.legal;

import java.util.EnumSet;
import java.util.Set;
import org.collections.customer.CustomerType;
import org.collections.invoice.Money;

/**
 * What the legal options are weighed on: what the claim is worth now, how late it is, who owes it and where they
 * live (the court is the customer's), and the actions already tried on it without bringing it all in.
 */
public record LegalClaim(Money balance, long daysLate, CustomerType customerType, String country,
        Set<LegalActionType> tried) {

    /** The same claim {@code days} later, once {@code alsoTried} was tried without bringing it in. */
    LegalClaim later(long days, LegalActionType alsoTried) {
        Set<LegalActionType> more = EnumSet.of(alsoTried);
        more.addAll(tried);
        return new LegalClaim(balance, daysLate + days, customerType, country, more);
    }
}
