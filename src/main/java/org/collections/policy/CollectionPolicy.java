package org.collections.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The collections policy: every day, fee and limit of the journey. Bound from {@code collections.policy}
 * and validated at start-up, so a wrong policy stops the application instead of mistreating customers.
 * Money amounts are in the invoice's own currency.
 */
@Validated
@ConfigurationProperties("collections.policy")
public record CollectionPolicy(
        @NotNull ZoneId timeZone,
        @NotNull LocalTime contactHour,
        @NotEmpty Set<DayOfWeek> contactDays,
        @NotNull @Valid Stages stages,
        @NotNull @Valid Calls calls,
        @NotNull @Valid Emails emails,
        @NotNull @Valid LateFee lateFee,
        @NotNull @Valid Claims claims,
        @NotNull @Valid PaymentPlan paymentPlan,
        @NotNull @Valid Legal legal,
        @NotNull @DecimalMin("0") BigDecimal writeOffThreshold,
        @NotNull @Valid Tasks tasks) {

    /** When each stage of the dunning ladder starts, relative to the due date. */
    public record Stages(
            @NotNull Period preDueReminderBefore,
            @NotNull Period day1,
            @NotNull Period day30,
            @NotNull Period day60,
            @NotNull Period finalDemandDeadline) {

        @AssertTrue(message = "stages must be in order: pre-due reminder before the due date, then day1 < day30 < day60")
        public boolean isInOrder() {
            if (preDueReminderBefore == null || day1 == null || day30 == null || day60 == null) {
                return true;
            }
            return !preDueReminderBefore.isNegative()
                    && days(day1) > 0 && days(day1) < days(day30) && days(day30) < days(day60);
        }

        @AssertTrue(message = "final demand deadline must be positive")
        public boolean isFinalDemandDeadlinePositive() {
            return finalDemandDeadline == null || days(finalDemandDeadline) > 0;
        }

        private static long days(Period p) {
            return p.toTotalMonths() * 30 + p.getDays();
        }
    }

    /**
     * Calls to a customer, counted across all of its invoices. {@code maxAttemptsPerWeek} counts every call in any 7
     * days, at most 7 (US Regulation F, 12 CFR 1006.14(b)(2), presumes more than 7 in 7 days harassment);
     * {@code quietAfterConversation}: no call for this long after the customer was reached (Regulation F: 7 days
     * after a telephone conversation), unless the customer asked to be called again.
     */
    public record Calls(
            @Min(1) @Max(7) int maxAttemptsPerWeek,
            @NotNull Period promiseGrace,
            @NotNull Period maxPromiseAhead,
            @NotNull Period quietAfterConversation) {

        @AssertTrue(message = "calls.promise-grace must not be negative and calls.max-promise-ahead must be positive")
        public boolean isPromiseTermsValid() {
            return promiseGrace == null || maxPromiseAhead == null
                    || !promiseGrace.isNegative() && !maxPromiseAhead.isNegative() && !maxPromiseAhead.isZero();
        }
    }

    /** Dunning emails to a customer in any 7 days, across all of its invoices; replies and confirmations not counted. */
    public record Emails(@Min(1) @Max(20) int maxPerWeek) {
    }

    /** What happens to a late fee that would fall due during a promise to pay or a hold. */
    public enum FeeDuringHold {
        /** it falls due when the promise or hold ends (an invoice paid meanwhile owes none) */
        POSTPONE,
        /** it falls due on its own day all the same */
        CHARGE
    }

    /**
     * The contractual late fee: {@code amounts} per fee in each currency (a currency without an amount gets none), the
     * first when the invoice is {@code stages.day30} late, one more every {@code every}, at most {@code maxCharges}.
     */
    public record LateFee(
            @NotNull Map<String, BigDecimal> amounts,
            @NotNull Period every,
            @Min(1) @Max(120) int maxCharges,
            boolean allowedByDefault,
            FeeDuringHold duringHold) {

        public LateFee {
            duringHold = duringHold == null ? FeeDuringHold.POSTPONE : duringHold;
        }

        @AssertTrue(message = "late fee amounts must be keyed by ISO 4217 currency codes, not negative, and in the "
                + "currency's own decimals (e.g. JPY has none)")
        public boolean isAmountsValid() {
            return amounts == null || amounts.entrySet().stream().allMatch(e -> validAmount(e.getKey(), e.getValue()));
        }

        @AssertTrue(message = "the late fee must repeat after at least one day")
        public boolean isEveryPositive() {
            return every == null || (every.toTotalMonths() * 30 + every.getDays()) > 0;
        }

        /** The fee in a currency, or empty where the policy names none (or zero). */
        public Optional<BigDecimal> amountIn(Currency currency) {
            BigDecimal amount = amounts.get(currency.getCurrencyCode());
            return amount == null || amount.signum() == 0 ? Optional.empty() : Optional.of(amount);
        }
    }

    /**
     * What the law (see {@code jurisdiction/}) or the contract adds to a late invoice. Statutory interest and recovery
     * costs are claimed from the stage {@code from} on (the final demand by default; interest still runs from the
     * due date). A letter counts as received {@code letterReceipt} after it is sent (the Dutch 14-day letter's term
     * starts the day after receipt). Where no statutory rule applies, the contract's yearly interest and fixed costs
     * per currency apply.
     */
    public record Claims(
            @NotNull Stage from,
            @NotNull Period letterReceipt,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal contractInterestPercent,
            Map<String, BigDecimal> contractCosts) {

        public Claims {
            contractCosts = contractCosts == null ? Map.of() : Map.copyOf(contractCosts);
        }

        @AssertTrue(message = "claims can start at the DAY_1, DAY_30 or DAY_60 stage")
        public boolean isFromALadderStage() {
            return from == null || from == Stage.DAY_1 || from == Stage.DAY_30 || from == Stage.DAY_60;
        }

        @AssertTrue(message = "contract costs must be keyed by ISO 4217 currency codes, not negative, and in the "
                + "currency's own decimals")
        public boolean isContractCostsValid() {
            return contractCosts == null
                    || contractCosts.entrySet().stream().allMatch(e -> validAmount(e.getKey(), e.getValue()));
        }

        public Optional<BigDecimal> contractCostsIn(Currency currency) {
            BigDecimal amount = contractCosts.get(currency.getCurrencyCode());
            return amount == null || amount.signum() == 0 ? Optional.empty() : Optional.of(amount);
        }
    }

    private static boolean validAmount(String code, BigDecimal amount) {
        try {
            Currency currency = Currency.getInstance(code);
            return amount != null && amount.signum() >= 0
                    && amount.stripTrailingZeros().scale() <= Math.max(0, currency.getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public record PaymentPlan(
            @Min(2) @Max(60) int maxInstalments,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal minInstalmentAmount,
            @NotNull Period maxInterval,
            @NotNull Period reminderBefore,
            @NotNull Period missedGrace,
            @Min(0) int maxBrokenPromises) {
    }

    /**
     * The legal route's terms per action: what it costs, how long it takes and how likely it brings the money in,
     * by days late and customer type; the ranking of legal/LegalOptions weighs these. Success rates are the chance
     * of being paid in full in the end (a won case that cannot be enforced is a failure), from the collections
     * partners' figures; revise them with the results.
     */
    public record Legal(
            @Min(0) int agencyMinDaysLate,
            @NotNull Period discountOfferValidity,
            @NotNull Period reassessAfter,
            @NotNull @Valid LawyerLetter lawyerLetter,
            @NotNull @Valid CollectionAgency collectionAgency,
            @NotNull @Valid Factoring factoring,
            @NotNull @Valid SmallClaims smallClaims,
            @NotNull @Valid Court court) {
    }

    /** The chance of success from {@code fromDaysLate} days late on, until the next band; percent. */
    public record SuccessRate(
            @Min(0) int fromDaysLate,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal consumer,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal business) {
    }

    /** An action whose outcome is uncertain: its success rates by age, the first band from 0 days late on. */
    public interface Uncertain {

        List<SuccessRate> successRates();

        Period duration();

        @AssertTrue(message = "success rates must start at 0 days late and go up band by band")
        default boolean isBandsInOrder() {
            List<SuccessRate> bands = successRates();
            if (bands == null || bands.isEmpty() || bands.contains(null)) {
                return true;
            }
            boolean ordered = bands.get(0).fromDaysLate() == 0;
            for (int i = 1; i < bands.size(); i++) {
                ordered &= bands.get(i).fromDaysLate() > bands.get(i - 1).fromDaysLate();
            }
            return ordered;
        }

        /** The band that covers a claim {@code daysLate} days late. */
        default SuccessRate rateAt(long daysLate) {
            SuccessRate rate = successRates().get(0);
            for (SuccessRate band : successRates()) {
                if (band.fromDaysLate() <= daysLate) {
                    rate = band;
                }
            }
            return rate;
        }
    }

    /** The lawyer's demand letter; {@code duration} is the deadline it gives the customer. */
    public record LawyerLetter(
            @NotNull @DecimalMin("0") BigDecimal cost,
            @NotNull Period duration,
            @NotEmpty List<@NotNull @Valid SuccessRate> successRates) implements Uncertain {
    }

    /** No cure, no pay: the agency keeps its fee out of what it recovers. */
    public record CollectionAgency(
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal feePercent,
            @NotNull Period duration,
            @NotEmpty List<@NotNull @Valid SuccessRate> successRates) implements Uncertain {
    }

    /** The factor buys the claim at a discount: certain, and quick. */
    public record Factoring(
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal advancePercent,
            @NotNull Period duration) {
    }

    /**
     * The small-claims procedure of the customer's country (sue where the customer lives), no lawyer needed. A claim
     * above the country's limit goes to court with a lawyer. {@code defaultLimit} is in the claim's currency for
     * countries not listed.
     */
    public record SmallClaims(
            @NotNull @DecimalMin("0") BigDecimal cost,
            @NotNull Period duration,
            @NotEmpty List<@NotNull @Valid SuccessRate> successRates,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal defaultLimit,
            @NotNull List<@NotNull @Valid CountryLimit> limits) implements Uncertain {

        @AssertTrue(message = "small-claims limits must name each country once")
        public boolean isOneLimitPerCountry() {
            return limits == null || limits.stream().filter(l -> l != null && l.country() != null)
                    .map(CountryLimit::country).distinct().count() == limits.size();
        }
    }

    /** A country's small-claims limit in its own currency, and the law that sets it. */
    public record CountryLimit(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 country code") String country,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal limit,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @NotBlank String source) {
    }

    /** Court with a lawyer; the winner gets {@code costsAwardedPercent} of its costs back from the loser. */
    public record Court(
            @NotNull @DecimalMin("0") BigDecimal cost,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal costsAwardedPercent,
            @NotNull Period duration,
            @NotEmpty List<@NotNull @Valid SuccessRate> successRates) implements Uncertain {
    }

    /**
     * How many contact days a person has for each kind of task before it is escalated to the managers, and when a
     * legal outcome is followed up. Contact days, so a call task of Friday is due on Monday, not on Saturday.
     */
    public record Tasks(
            @Min(1) @Max(60) int callWithin,
            @Min(1) @Max(60) int negotiationWithin,
            @Min(1) @Max(60) int disputeWithin,
            @Min(1) @Max(60) int decisionWithin,
            @Min(1) @Max(120) int legalOutcomeWithin,
            @Min(1) @Max(120) int legalOutcomeFollowUp) {

        @AssertTrue(message = "the legal outcome's follow-up must come before its deadline")
        public boolean isFollowUpBeforeDeadline() {
            return legalOutcomeFollowUp < legalOutcomeWithin;
        }
    }
}
