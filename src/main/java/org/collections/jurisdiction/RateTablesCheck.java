package org.collections.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which rate tables may be out of date: the published rates change every half-year, and a table
 * whose last period is older than that goes on with its last rate until someone adds the new one.
 */
@Component
public class RateTablesCheck {

    private static final Logger log = LoggerFactory.getLogger(RateTablesCheck.class);

    private final JurisdictionProperties properties;
    private final Clock clock;

    public RateTablesCheck(JurisdictionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warnAboutOldTables() {
        staleTables(LocalDate.now(clock)).forEach(table -> log.warn("Rate table collections.jurisdictions.{} ends "
                + "with a period of more than half a year ago: add the rates published since", table));
    }

    List<String> staleTables(LocalDate today) {
        List<String> stale = new ArrayList<>();
        Map.of("ecb-reference-rates", properties.ecbReferenceRates(),
                "german-base-rates", properties.germanBaseRates(),
                "dutch-statutory-rates", properties.dutchStatutoryRates()).forEach((name, table) -> {
                    LocalDate last = table.stream().map(RatePeriod::from).max(Comparator.naturalOrder())
                            .orElse(LocalDate.MIN);
                    if (last.isBefore(today.minusMonths(6))) {
                        stale.add(name);
                    }
                });
        return stale.stream().sorted().toList();
    }
}
