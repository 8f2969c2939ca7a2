package org.collections.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
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
        @NotNull @Valid LateFee lateFee,
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

    public record Calls(
            @Min(1) @Max(20) int maxAttemptsPerWeek,
            @NotNull Period promiseGrace,
            @NotNull Period maxPromiseAhead) {
    }

    /** Late fee per month late; {@code amountPerMonth} 0 means no late fee at all. */
    public record LateFee(
            @NotNull @DecimalMin("0") BigDecimal amountPerMonth,
            boolean allowedByDefault) {
    }

    public record PaymentPlan(
            @Min(2) @Max(60) int maxInstalments,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal minInstalmentAmount,
            @NotNull Period maxInterval,
            @NotNull Period reminderBefore,
            @NotNull Period missedGrace,
            @Min(0) int maxBrokenPromises) {
    }

    public record Legal(
            @NotNull @DecimalMin("0") BigDecimal lawyerLetterCost,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal agencyFeePercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal factoringAdvancePercent,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal smallClaimsLimit,
            @NotNull @DecimalMin("0") BigDecimal smallClaimsCost,
            @NotNull @DecimalMin("0") BigDecimal courtCost,
            @Min(0) int agencyMinDaysLate,
            @NotNull Period discountOfferValidity,
            @NotNull Period reassessAfter) {
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
