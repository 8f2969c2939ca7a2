package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.collections.customer.CustomerType;
import org.collections.jurisdiction.InterestRule;
import org.collections.jurisdiction.JurisdictionProperties;
import org.collections.jurisdiction.JurisdictionRules;
import org.collections.jurisdiction.RatePeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every interest rule a claim can name has its law written out in every language ({@code law.interest.*},
 * {@code law.costs.*}): a rule renamed in {@code jurisdiction/JurisdictionRules} without its texts would put the
 * English description into a Dutch, German or Hebrew final demand.
 */
class LawTextsTest {

    private static final List<RatePeriod> RATES = List.of(new RatePeriod(LocalDate.of(2025, 1, 1), BigDecimal.ONE));
    private static final JurisdictionRules RULES = new JurisdictionRules(new JurisdictionProperties(RATES, RATES,
            RATES, new BigDecimal("40.00"), Set.of("NL", "DE", "FR")));

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_he"})
    void everyRuleHasItsLawInTheLanguage(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("letters/messages" + suffix
                + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String country : List.of("NL", "DE", "FR", "US", "IL")) {
            for (CustomerType type : CustomerType.values()) {
                RULES.rulesFor(country, type).interest().map(InterestRule::name).ifPresent(name -> {
                    String kind = LetterRenderer.LAW_KINDS.get(name);
                    assertThat(kind).as("the kind of law of %s", name).isNotNull();
                    assertThat(texts).containsKeys("law.interest." + kind, "law.costs." + kind);
                });
            }
        }
        // the contract's interest where no law applies (claim/ClaimService)
        assertThat(LetterRenderer.LAW_KINDS).containsEntry("contractual interest", "contract");
        assertThat(texts).containsKeys("law.interest.contract", "law.costs.contract");
    }
}
