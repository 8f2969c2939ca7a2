package org.collections.process;

import org.collections.hold.CaseControl;
import org.collections.hold.StopService;
import org.collections.invoice.InvoiceEvents;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An invoice registered through the API for a customer every contact with whom is stopped: once its case is open
 * (after {@link CaseFacade#invoiceRegistered}), it leaves the ladder for Handle stopped customer before any letter.
 */
@Component
public class StoppedCustomerCases {

    private final StopService stops;
    private final CaseControl cases;

    public StoppedCustomerCases(StopService stops, CaseControl cases) {
        this.stops = stops;
        this.cases = cases;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void invoiceRegistered(InvoiceEvents.InvoiceRegistered event) {
        if (stops.registeredWhileStopped(event.invoiceId(), event.customerNumber())
                && cases.position(event.number()) == CaseControl.Position.LADDER) {
            cases.stopCustomer(event.number());
        }
    }
}
