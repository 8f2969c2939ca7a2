package org.collections.letters;

import java.util.Optional;

/**
 * Whether contact with a customer has been stopped (insolvency, death, the customer's written request). A letter to
 * a stopped customer is withdrawn instead of sent, whichever step of whichever case writes it.
 */
public interface ContactStops {

    /** Why contact with the customer is stopped, or empty when it is not. */
    Optional<String> stopped(Long customerId);
}
