package org.collections.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.collections.customer.CustomerType;
import org.collections.invoice.Money;
import org.collections.policy.TestPolicies;
import org.collections.process.LegalRuleTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ranking of legal options by expected net recovery, with the shipped policy's terms and the shipped rules
 * (ChooseLegalAction.dmn on a plain engine, no Spring): each claim gets the best option of its own table, and nothing
 * that is expected to lose money is ever recommended.
 */
@Deployment(resources = "processes/ChooseLegalAction.dmn")
class LegalOptionsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-engine-only.cfg.xml").build();

    private LegalOptions options;

    @BeforeEach
    void rules() {
        options = new LegalOptions(TestPolicies.standard(), new LegalRuleTables(engine.getDecisionService()));
    }

    private static LegalClaim claim(String amount, long daysLate, CustomerType type, String country,
            LegalActionType... tried) {
        Set<LegalActionType> done = EnumSet.noneOf(LegalActionType.class);
        done.addAll(List.of(tried));
        return new LegalClaim(Money.of(new BigDecimal(amount), country.equals("IL-ILS") ? "ILS" : "EUR"), daysLate,
                type, country.substring(0, 2), done);
    }

    /** The available action with the highest expected net of the table, or writing off when none is positive. */
    private static LegalOption bestOfTable(LegalRanking ranking) {
        return ranking.options().stream().filter(LegalOption::available)
                .max(Comparator.comparing(o -> o.expectedNet().amount())).orElseThrow();
    }

    @Test
    void aLargeYoungBusinessClaimStartsWithALawyersLetterInsteadOfBeingSold() {
        LegalRanking ranking = options.rank(claim("25000.00", 65, CustomerType.BUSINESS, "NL"));

        assertThat(ranking.recommended()).isEqualTo(LegalActionType.LAWYER_LETTER)
                .isEqualTo(bestOfTable(ranking).action());
        // 45 % that the letter is paid; otherwise the sale is still there, 14 days later: 11,250 + 55 % of 18,750 - 100
        assertThat(ranking.option(LegalActionType.LAWYER_LETTER).expectedNet()).hasToString("EUR 21462.50");
        assertThat(ranking.option(LegalActionType.FACTORING).expectedNet()).hasToString("EUR 18750.00");
        assertThat(ranking.option(LegalActionType.FACTORING).cost()).hasToString("EUR 6250.00");
        assertThat(ranking.option(LegalActionType.FACTORING).successRate()).isEqualByComparingTo("100");
        // the kantonrechter takes claims up to EUR 25,000: court with a lawyer is not for this one
        assertThat(ranking.option(LegalActionType.SMALL_CLAIMS).expectedNet()).hasToString("EUR 18500.00");
        assertThat(ranking.option(LegalActionType.COURT).available()).isFalse();
        assertThat(ranking.option(LegalActionType.COLLECTION_AGENCY).reason())
                .isEqualTo("only for claims more than 90 days late");
        assertThat(ranking.options().get(0).action()).isEqualTo(LegalActionType.LAWYER_LETTER);
    }

    @Test
    void aConsumerClaimPastNinetyDaysWeighsAgencySmallClaimsAndALetter() {
        LegalRanking ranking = options.rank(claim("4000.00", 100, CustomerType.CONSUMER, "NL"));

        assertThat(ranking.recommended()).isEqualTo(bestOfTable(ranking).action());
        assertThat(ranking.option(LegalActionType.COLLECTION_AGENCY).available()).isTrue();
        // 50 % of what the agency recovers, less its 30 % fee
        assertThat(ranking.option(LegalActionType.COLLECTION_AGENCY).expectedNet()).hasToString("EUR 1400.00");
        assertThat(ranking.option(LegalActionType.COLLECTION_AGENCY).cost()).hasToString("EUR 1200.00");
        assertThat(ranking.option(LegalActionType.SMALL_CLAIMS).expectedNet()).hasToString("EUR 2550.00");
        assertThat(ranking.option(LegalActionType.FACTORING).available()).isFalse();
        assertThat(ranking.option(LegalActionType.FACTORING).reason()).isEqualTo("factors buy business claims only");
        assertThat(ranking.option(LegalActionType.LAWYER_LETTER).expectedNet()).hasToString("EUR 2812.50");
        assertThat(ranking.recommended()).isEqualTo(LegalActionType.LAWYER_LETTER);

        LegalRanking afterTheLetter = options.rank(claim("4000.00", 114, CustomerType.CONSUMER, "NL",
                LegalActionType.LAWYER_LETTER));
        assertThat(afterTheLetter.option(LegalActionType.LAWYER_LETTER).available()).isFalse();
        assertThat(afterTheLetter.option(LegalActionType.LAWYER_LETTER).reason()).contains("already tried");
        assertThat(afterTheLetter.recommended()).isEqualTo(LegalActionType.SMALL_CLAIMS);
    }

    @Test
    void aSmallClaimIsWrittenOffBecauseEveryActionCostsMoreThanItBringsIn() {
        LegalRanking ranking = options.rank(claim("80.00", 62, CustomerType.CONSUMER, "NL"));

        assertThat(ranking.options()).filteredOn(o -> o.available() && o.action() != LegalActionType.WRITE_OFF)
                .isNotEmpty().allSatisfy(o -> assertThat(o.expectedNet().isNegative()).isTrue());
        assertThat(ranking.option(LegalActionType.SMALL_CLAIMS).expectedNet()).hasToString("EUR -194.00");
        assertThat(ranking.recommended()).isEqualTo(LegalActionType.WRITE_OFF)
                .isEqualTo(bestOfTable(ranking).action());
        assertThat(ranking.collectionCostsExceedRecovery()).isTrue();
    }

    @Test
    void aLargeConsumerClaimWhoseLetterWasIgnoredGoesToCourtWithPartOfTheCostsBack() {
        LegalRanking ranking = options.rank(claim("30000.00", 90, CustomerType.CONSUMER, "NL",
                LegalActionType.LAWYER_LETTER));

        // above the kantonrechter's EUR 25,000: 70 % of (30,000 + half of the 2,500 costs) - 2,500
        assertThat(ranking.option(LegalActionType.SMALL_CLAIMS).available()).isFalse();
        assertThat(ranking.option(LegalActionType.SMALL_CLAIMS).reason())
                .startsWith("above the small-claims limit of EUR 25000.00 in NL");
        assertThat(ranking.option(LegalActionType.COURT).expectedNet()).hasToString("EUR 19375.00");
        assertThat(ranking.recommended()).isEqualTo(LegalActionType.COURT);
    }

    @Test
    void theSmallClaimsLimitIsTheCustomersCountrys() {
        assertThat(options.rank(claim("12000.00", 70, CustomerType.CONSUMER, "NL"))
                .option(LegalActionType.SMALL_CLAIMS).available()).isTrue();
        LegalRanking german = options.rank(claim("12000.00", 70, CustomerType.CONSUMER, "DE"));
        assertThat(german.option(LegalActionType.SMALL_CLAIMS).available()).isFalse();
        assertThat(german.option(LegalActionType.COURT).available()).isTrue();
        // a country without a limit of its own: the default, in the claim's currency
        assertThat(options.rank(claim("9000.00", 70, CustomerType.CONSUMER, "BE"))
                .option(LegalActionType.SMALL_CLAIMS).reason()).contains("EUR 10000.00 (default limit)");
        // the Israeli limit is in shekels: a shekel claim is compared, a euro claim cannot be
        assertThat(options.rank(claim("30000", 70, CustomerType.CONSUMER, "IL-ILS"))
                .option(LegalActionType.SMALL_CLAIMS).available()).isTrue();
        LegalRanking euroInIsrael = options.rank(claim("30000.00", 70, CustomerType.CONSUMER, "IL"));
        assertThat(euroInIsrael.option(LegalActionType.SMALL_CLAIMS).available()).isFalse();
        assertThat(euroInIsrael.option(LegalActionType.COURT).available()).isTrue();
    }

    static Stream<LegalClaim> claims() {
        List<LegalClaim> claims = new ArrayList<>();
        String[] amounts = {"1.00", "40.00", "80.00", "150.00", "333.33", "600.00", "1000.00", "2500.00", "4000.00",
            "9999.99", "10000.01", "24999.00", "25000.00", "25000.01", "60000.00", "250000.00"};
        long[] ages = {0, 30, 61, 90, 91, 120, 180, 181, 365, 366, 900};
        List<Set<LegalActionType>> tried = List.of(EnumSet.noneOf(LegalActionType.class),
                EnumSet.of(LegalActionType.LAWYER_LETTER),
                EnumSet.of(LegalActionType.LAWYER_LETTER, LegalActionType.COLLECTION_AGENCY, LegalActionType.COURT,
                        LegalActionType.SMALL_CLAIMS, LegalActionType.FACTORING));
        int i = 0;
        for (String amount : amounts) {
            for (long age : ages) {
                for (CustomerType type : CustomerType.values()) {
                    String country = List.of("NL", "DE", "IL", "US").get(i % 4);
                    claims.add(new LegalClaim(Money.of(new BigDecimal(amount), "EUR"), age, type, country,
                            tried.get(i++ % tried.size())));
                }
            }
        }
        return claims.stream();
    }

    @ParameterizedTest
    @MethodSource("claims")
    void theRecommendationIsTheBestAvailableOptionAndNeverLosesMoney(LegalClaim claim) {
        LegalRanking ranking = options.rank(claim);
        LegalOption recommended = ranking.option(ranking.recommended());

        assertThat(recommended.available()).isTrue();
        assertThat(recommended.expectedNet().isNegative()).as("expected net of %s", recommended).isFalse();
        assertThat(recommended.action()).isEqualTo(bestOfTable(ranking).action() == LegalActionType.WRITE_OFF
                || ranking.collectionCostsExceedRecovery() ? LegalActionType.WRITE_OFF : bestOfTable(ranking).action());
        if (recommended.action() != LegalActionType.WRITE_OFF) {
            assertThat(recommended.expectedNet().amount()).isGreaterThan(new BigDecimal("50"));
        }
        claim.tried().forEach(action -> assertThat(ranking.option(action).available()).isFalse());
        assertThat(ranking.option(LegalActionType.FACTORING).available())
                .isEqualTo(claim.customerType() == CustomerType.BUSINESS && !claim.tried().contains(LegalActionType.FACTORING));
    }
}
