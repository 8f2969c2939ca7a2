package org.collections.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A wrong policy stops start-up with a message that names the setting, before any customer is mistreated. */
class PolicyValidationTest {

    @Configuration
    @EnableConfigurationProperties(CollectionPolicy.class)
    static class PolicyOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(PolicyOnly.class)
            .withPropertyValues(
                    "collections.policy.time-zone=Europe/Amsterdam",
                    "collections.policy.contact-hour=09:00",
                    "collections.policy.contact-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
                    "collections.policy.stages.pre-due-reminder-before=P7D",
                    "collections.policy.stages.day1=P1D",
                    "collections.policy.stages.day30=P30D",
                    "collections.policy.stages.day60=P60D",
                    "collections.policy.stages.final-demand-deadline=P14D",
                    "collections.policy.calls.max-attempts-per-week=3",
                    "collections.policy.calls.promise-grace=P3D",
                    "collections.policy.calls.max-promise-ahead=P30D",
                    "collections.policy.calls.quiet-after-conversation=P7D",
                    "collections.policy.emails.max-per-week=3",
                    "collections.policy.late-fee.amounts.EUR=30.00",
                    "collections.policy.late-fee.amounts.JPY=4500",
                    "collections.policy.late-fee.every=P30D",
                    "collections.policy.late-fee.max-charges=6",
                    "collections.policy.claims.from=DAY_60",
                    "collections.policy.claims.letter-receipt=P2D",
                    "collections.policy.claims.contract-interest-percent=0",
                    "collections.policy.late-fee.allowed-by-default=true",
                    "collections.policy.payment-plan.max-instalments=12",
                    "collections.policy.payment-plan.min-instalment-amount=25",
                    "collections.policy.payment-plan.max-interval=P1M",
                    "collections.policy.payment-plan.reminder-before=P3D",
                    "collections.policy.payment-plan.missed-grace=P3D",
                    "collections.policy.payment-plan.max-broken-promises=2",
                    "collections.policy.legal.agency-min-days-late=90",
                    "collections.policy.legal.discount-offer-validity=P14D",
                    "collections.policy.legal.reassess-after=P30D",
                    "collections.policy.legal.lawyer-letter.cost=100",
                    "collections.policy.legal.lawyer-letter.duration=P14D",
                    "collections.policy.legal.lawyer-letter.success-rates[0].from-days-late=0",
                    "collections.policy.legal.lawyer-letter.success-rates[0].consumer=35",
                    "collections.policy.legal.lawyer-letter.success-rates[0].business=45",
                    "collections.policy.legal.collection-agency.fee-percent=30",
                    "collections.policy.legal.collection-agency.duration=P90D",
                    "collections.policy.legal.collection-agency.success-rates[0].from-days-late=0",
                    "collections.policy.legal.collection-agency.success-rates[0].consumer=50",
                    "collections.policy.legal.collection-agency.success-rates[0].business=55",
                    "collections.policy.legal.factoring.advance-percent=75",
                    "collections.policy.legal.factoring.duration=P7D",
                    "collections.policy.legal.small-claims.cost=250",
                    "collections.policy.legal.small-claims.duration=P120D",
                    "collections.policy.legal.small-claims.success-rates[0].from-days-late=0",
                    "collections.policy.legal.small-claims.success-rates[0].consumer=70",
                    "collections.policy.legal.small-claims.success-rates[0].business=75",
                    "collections.policy.legal.small-claims.default-limit=10000",
                    "collections.policy.legal.small-claims.limits[0].country=NL",
                    "collections.policy.legal.small-claims.limits[0].limit=25000",
                    "collections.policy.legal.small-claims.limits[0].currency=EUR",
                    "collections.policy.legal.small-claims.limits[0].source=art. 93 Rv",
                    "collections.policy.legal.court.cost=2500",
                    "collections.policy.legal.court.costs-awarded-percent=50",
                    "collections.policy.legal.court.duration=P365D",
                    "collections.policy.legal.court.success-rates[0].from-days-late=0",
                    "collections.policy.legal.court.success-rates[0].consumer=70",
                    "collections.policy.legal.court.success-rates[0].business=75",
                    "collections.policy.write-off-threshold=50",
                    "collections.policy.tasks.call-within=1",
                    "collections.policy.tasks.negotiation-within=2",
                    "collections.policy.tasks.dispute-within=10",
                    "collections.policy.tasks.decision-within=2",
                    "collections.policy.tasks.legal-outcome-within=20",
                    "collections.policy.tasks.legal-outcome-follow-up=10");

    @Test
    void aFollowUpAfterTheDeadlineStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("collections.policy.tasks.legal-outcome-follow-up=30").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("tasks")
                    .hasMessageContaining("follow-up");
        });
    }

    @Test
    void moreThanSevenCallsAWeekStopsStartUp() {
        // Regulation F presumes more than 7 calls in 7 days harassment: no policy may plan more
        runner.withPropertyValues("collections.policy.calls.max-attempts-per-week=8").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("maxAttemptsPerWeek");
        });
    }

    @Test
    void theShippedPolicyIsValid() {
        runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(CollectionPolicy.class));
    }

    @Test
    void aNegativeLateFeeStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("collections.policy.late-fee.amounts.EUR=-5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("lateFee.amountsValid");
        });
    }

    @Test
    void aLateFeeInCentsOfYenOrAnUnknownCurrencyStopsStartUp() {
        for (String wrong : new String[] {"collections.policy.late-fee.amounts.JPY=4500.50",
                "collections.policy.late-fee.amounts.EURO=30"}) {
            runner.withPropertyValues(wrong).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("ISO 4217");
            });
        }
    }

    @Test
    void claimsThatStartOutsideTheLadderStopStartUp() {
        runner.withPropertyValues("collections.policy.claims.from=LEGAL").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("claims can start at");
        });
    }

    @Test
    void theLateFeeAmountsBindPerCurrency() {
        runner.run(context -> {
            CollectionPolicy policy = context.getBean(CollectionPolicy.class);
            assertThat(policy.lateFee().amountIn(java.util.Currency.getInstance("JPY"))).contains(new java.math.BigDecimal("4500"));
            assertThat(policy.lateFee().amountIn(java.util.Currency.getInstance("ILS"))).isEmpty();
        });
    }

    @Test
    void stagesOutOfOrderStopStartUp() {
        runner.withPropertyValues("collections.policy.stages.day30=P90D").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("stages must be in order");
        });
    }

    @Test
    void anAgencyFeeAboveHundredPercentStopsStartUp() {
        runner.withPropertyValues("collections.policy.legal.collection-agency.fee-percent=130").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("legal.collectionAgency.feePercent");
        });
    }

    @Test
    void successRatesThatDoNotStartAtZeroDaysStopStartUp() {
        runner.withPropertyValues("collections.policy.legal.court.success-rates[0].from-days-late=30").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("legal.court")
                    .hasMessageContaining("success rates must start at 0 days late");
        });
    }

    @Test
    void aSuccessRateAboveHundredPercentStopsStartUp() {
        runner.withPropertyValues("collections.policy.legal.lawyer-letter.success-rates[0].business=120")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("legal.lawyerLetter.successRates[0].business");
                });
    }

    @Test
    void aSmallClaimsLimitWithoutItsLegalSourceOrCountryCodeStopsStartUp() {
        runner.withPropertyValues("collections.policy.legal.small-claims.limits[0].source=",
                "collections.policy.legal.small-claims.limits[0].country=Netherlands").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("legal.smallClaims.limits[0].source")
                            .hasMessageContaining("legal.smallClaims.limits[0].country");
                });
    }
}
