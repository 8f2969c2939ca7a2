package org.collections.jurisdiction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The published rates the statutory rules are built on, each table with the law that defines it. They change twice a
 * year (the ECB's and the Bundesbank's on 1 January and 1 July, the Dutch statutory rate when the government sets it):
 * keep them up to date in configuration.
 */
@Validated
@ConfigurationProperties("collections.jurisdictions")
public record JurisdictionProperties(
        @NotEmpty @Valid List<RatePeriod> ecbReferenceRates,
        @NotEmpty @Valid List<RatePeriod> germanBaseRates,
        @NotEmpty @Valid List<RatePeriod> dutchStatutoryRates,
        @NotNull BigDecimal fixedCompensation,
        @NotEmpty Set<String> euCountries) {
}
