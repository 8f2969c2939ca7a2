package org.collections.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.collections.customer.CustomerType;
import org.junit.jupiter.api.Test;

class JurisdictionRulesTest {

    private static final List<RatePeriod> ECB = List.of(new RatePeriod(LocalDate.of(2025, 1, 1), new BigDecimal("3.15")),
            new RatePeriod(LocalDate.of(2025, 7, 1), new BigDecimal("2.15")));
    private static final List<RatePeriod> BASIS = List.of(new RatePeriod(LocalDate.of(2025, 1, 1), new BigDecimal("2.27")),
            new RatePeriod(LocalDate.of(2025, 7, 1), new BigDecimal("1.27")));
    private static final List<RatePeriod> NL = List.of(new RatePeriod(LocalDate.of(2024, 1, 1), new BigDecimal("7.00")));

    private final JurisdictionRules rules = new JurisdictionRules(new JurisdictionProperties(ECB, BASIS, NL,
            new BigDecimal("40.00"), Set.of("NL", "DE", "BE", "FR")));

    private static BigDecimal rateOn(ClaimRules claim, String day) {
        return claim.interest().orElseThrow().percentOn(LocalDate.parse(day));
    }

    @Test
    void aDutchBusinessOwesHandelsrenteAndAtLeastFortyEuros() {
        ClaimRules nl = rules.rulesFor("NL", CustomerType.BUSINESS);
        assertThat(rateOn(nl, "2025-08-01")).isEqualByComparingTo("10.15");
        assertThat(nl.interest().orElseThrow().compounding()).isEqualTo(Compounding.YEARLY);
        assertThat(nl.fixedCompensation()).isEqualByComparingTo("40.00");
        assertThat(nl.wikCosts()).isTrue();
        assertThat(nl.fourteenDayLetterFirst()).isFalse();
        assertThat(nl.interest().orElseThrow().source()).contains("6:119a BW");
    }

    @Test
    void aDutchConsumerOwesWettelijkeRenteAndWikCostsOnlyAfterTheFourteenDayLetter() {
        ClaimRules nl = rules.rulesFor("nl", CustomerType.CONSUMER);
        assertThat(rateOn(nl, "2025-08-01")).isEqualByComparingTo("7.00");
        assertThat(nl.fixedCompensation()).isZero();
        assertThat(nl.wikCosts()).isTrue();
        assertThat(nl.fourteenDayLetterFirst()).isTrue();
    }

    @Test
    void germanyAddsFivePointsForConsumersAndNineAndFortyEurosForBusinesses() {
        ClaimRules consumer = rules.rulesFor("DE", CustomerType.CONSUMER);
        ClaimRules business = rules.rulesFor("DE", CustomerType.BUSINESS);
        assertThat(rateOn(consumer, "2025-03-01")).isEqualByComparingTo("7.27");
        assertThat(rateOn(business, "2025-03-01")).isEqualByComparingTo("11.27");
        assertThat(rateOn(business, "2025-07-01")).isEqualByComparingTo("10.27");
        assertThat(consumer.fixedCompensation()).isZero();
        assertThat(business.fixedCompensation()).isEqualByComparingTo("40.00");
        assertThat(business.compensationSource()).contains("§ 288 Abs. 5 BGB");
        assertThat(business.wikCosts()).isFalse();
    }

    @Test
    void anotherEuBusinessGetsTheDirectivesDefaultsAndOthersTheContract() {
        ClaimRules belgian = rules.rulesFor("BE", CustomerType.BUSINESS);
        assertThat(rateOn(belgian, "2025-03-01")).isEqualByComparingTo("11.15");
        assertThat(belgian.interest().orElseThrow().compounding()).isEqualTo(Compounding.NONE);
        assertThat(belgian.fixedCompensation()).isEqualByComparingTo("40.00");
        assertThat(rules.rulesFor("BE", CustomerType.CONSUMER).interest()).isEmpty();
        ClaimRules israeli = rules.rulesFor("IL", CustomerType.BUSINESS);
        assertThat(israeli.interest()).isEmpty();
        assertThat(israeli.fixedCompensation()).isZero();
        assertThat(israeli.compensationSource()).contains("contract");
    }

    @Test
    void tablesOlderThanHalfAYearAreNamedAtStartUp() {
        JurisdictionProperties properties = new JurisdictionProperties(ECB, BASIS, NL, new BigDecimal("40.00"),
                Set.of("NL"));
        RateTablesCheck check = new RateTablesCheck(properties, java.time.Clock.systemUTC());
        assertThat(check.staleTables(LocalDate.of(2025, 12, 31))).containsExactly("dutch-statutory-rates");
        assertThat(check.staleTables(LocalDate.of(2026, 11, 30)))
                .containsExactly("dutch-statutory-rates", "ecb-reference-rates", "german-base-rates");
    }
}
