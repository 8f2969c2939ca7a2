package org.collections.hold;

import java.util.Optional;
import org.collections.letters.ContactStops;
import org.springframework.stereotype.Component;

/** The letters' view of customer-wide stops: one that is not lifted holds every letter to the customer. */
@Component
public class StoppedCustomers implements ContactStops {

    private final CustomerStopRepository stops;

    public StoppedCustomers(CustomerStopRepository stops) {
        this.stops = stops;
    }

    @Override
    public Optional<String> stopped(Long customerId) {
        return stops.findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(customerId)
                .map(stop -> "contact with the customer is stopped (" + stop.getReason() + ")");
    }
}
