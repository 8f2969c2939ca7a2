package org.collections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.collections.customer.CustomerType;
import org.collections.jurisdiction.ClaimRules;
import org.collections.jurisdiction.JurisdictionProperties;
import org.collections.jurisdiction.JurisdictionRules;
import org.collections.jurisdiction.RatePeriod;
import org.junit.jupiter.api.Test;

class ClaimCalculatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final JurisdictionRules LAW = new JurisdictionRules(new JurisdictionProperties(
            List.of(new RatePeriod(LocalDate.of(2020, 1, 1), new BigDecimal("3.15"))),
            List.of(new RatePeriod(LocalDate.of(2020, 1, 1), new BigDecimal("2.27"))),
            List.of(new RatePeriod(LocalDate.of(2020, 1, 1), new BigDecimal("6.00"))),
            new BigDecimal("40.00"), Set.of("NL", "DE", "BE")));
    private static final LateFeeTerms THIRTY_EVERY_30_DAYS = new LateFeeTerms(Optional.of(new BigDecimal("30.00")),
            Period.ofDays(30), Period.ofDays(30), 6, "");

    /** Builds facts for a test, changed one part at a time. */
    private static final class Case {
        BigDecimal principal;
        LocalDate due;
        ClaimRules rules;
        LateFeeTerms fees = LateFeeTerms.noFee("none in this test");
        Optional<BigDecimal> contractCosts = Optional.empty();
        LocalDate claimsFrom;
        LocalDate fourteenDayDeadline;
        final List<Movement> movements = new ArrayList<>();
        final List<Pause> pauses = new ArrayList<>();
        final List<FeePostponement> postponements = new ArrayList<>();
        LocalDate closedOn;

        Case(String principal, String due, ClaimRules rules) {
            this.principal = new BigDecimal(principal);
            this.due = LocalDate.parse(due);
            this.rules = rules;
        }

        Case pay(String on, String amount) {
            movements.add(new Movement(LocalDate.parse(on), Movement.Kind.PAYMENT, new BigDecimal(amount)));
            return this;
        }

        Claim on(String day) {
            return ClaimCalculator.claim(new ClaimFacts(EUR, principal, due, rules, rules.interest(), fees,
                    contractCosts, claimsFrom, fourteenDayDeadline, movements, pauses, closedOn, postponements),
                    LocalDate.parse(day));
        }
    }

    private static Case contractOnly(String principal, String due) {
        return new Case(principal, due, ClaimRules.contractOnly("GB"));
    }

    @Test
    void aPaymentBeforeInterestWasClaimedPaysTheInterestClaimedLaterNotAPrincipalBelowZero() {
        Case c = new Case("4000.00", "2026-01-01", LAW.rulesFor("DE", CustomerType.BUSINESS));
        c.claimsFrom = LocalDate.parse("2026-03-10");
        Claim before = c.on("2026-03-10");
        // the payer paid on 3 March what was owed on 3 March, interest included; it was claimed a week later
        Case then = new Case("4000.00", "2026-01-01", c.rules);
        then.claimsFrom = LocalDate.parse("2026-03-03");
        c.pay("2026-03-03", new BigDecimal("4000.00").add(then.on("2026-03-03").interest().amount()).toPlainString());

        Claim after = c.on("2026-03-10");
        assertThat(before.interest().amount()).isPositive();
        assertThat(after.principalOwed().amount()).isEqualByComparingTo("0");
        assertThat(after.interestOwed().amount()).isEqualByComparingTo("0");
        assertThat(after.costsOwed().amount().add(after.feesOwed().amount())).isEqualByComparingTo(
                after.balance().amount());
    }

    @Test
    void aLateFeeFallsDueAtDayThirtyAndEveryThirtyDaysAfterUpToTheCap() {
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        assertThat(c.on("2026-01-30").fees().amount()).isEqualByComparingTo("0");
        Claim day95 = c.on("2026-04-06");
        assertThat(day95.lateFees()).extracting(LateFee::on).containsExactly(LocalDate.parse("2026-01-31"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-01"));
        assertThat(day95.fees().amount()).isEqualByComparingTo("90.00");
        assertThat(day95.balance().amount()).isEqualByComparingTo("1090.00");
        assertThat(c.on("2027-06-01").lateFees()).hasSize(6);
        assertThat(c.on("2027-06-01").fees().amount()).isEqualByComparingTo("180.00");
    }

    @Test
    void noLateFeeFallsDueWhileAPlanPausesTheClaimNorAfterTheCaseClosed() {
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        c.pauses.add(new Pause(LocalDate.parse("2026-02-15"), LocalDate.parse("2026-03-20")));
        assertThat(c.on("2026-04-06").lateFees()).extracting(LateFee::on)
                .containsExactly(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-04-01"));
        c.closedOn = LocalDate.parse("2026-03-25");
        assertThat(c.on("2026-12-31").lateFees()).hasSize(1);
    }

    @Test
    void aDutchBusinessOwesHandelsrenteFromTheDayAfterTheDueDateAndTheWikCostsOnceClaimed() {
        Case c = new Case("10000.00", "2025-01-01", LAW.rulesFor("NL", CustomerType.BUSINESS));
        assertThat(c.on("2025-03-02").interest().amount()).as("not claimed before the policy's stage").isZero();
        c.claimsFrom = LocalDate.parse("2025-03-02");
        Claim claim = c.on("2025-03-02");
        // 2 January up to 2 March: 59 days at 3.15 + 8 = 11.15 %: 10,000 x 11.15 % x 59 / 365 = 180.23
        assertThat(claim.interest().amount()).isEqualByComparingTo("180.23");
        assertThat(claim.interestLines()).singleElement().satisfies(l -> {
            assertThat(l.days()).isEqualTo(59);
            assertThat(l.percent()).isEqualByComparingTo("11.15");
        });
        // WIK: 15 % of 2,500 + 10 % of 2,500 + 5 % of 5,000
        assertThat(claim.costs().amount()).isEqualByComparingTo("875.00");
        assertThat(claim.balance().amount()).isEqualByComparingTo("11055.23");
        assertThat(claim.interestSource()).contains("6:119a BW");
    }

    @Test
    void inTheNetherlandsAPaymentSettlesCostsAndInterestBeforeThePrincipal() {
        Case c = new Case("10000.00", "2025-01-01", LAW.rulesFor("NL", CustomerType.BUSINESS));
        c.claimsFrom = LocalDate.parse("2025-03-02");
        c.pay("2025-03-02", "2000.00");
        Claim claim = c.on("2025-03-12");
        assertThat(claim.costsOwed().amount()).isZero();
        // 2,000 - 875 costs - 180.23 interest leaves 944.77 for the principal
        assertThat(claim.principalOwed().amount()).isEqualByComparingTo("9055.23");
        // then 10 days on 9,055.23 at 11.15 %
        assertThat(claim.interestOwed().amount()).isEqualByComparingTo("27.66");
        assertThat(claim.balance().amount()).isEqualByComparingTo("9082.89");
        assertThat(claim.paymentOrder()).contains("6:44 BW");
    }

    @Test
    void withoutAStatutoryOrderAPaymentSettlesThePrincipalFirst() {
        Case c = contractOnly("1000.00", "2025-01-01");
        c.contractCosts = Optional.of(new BigDecimal("50.00"));
        c.claimsFrom = LocalDate.parse("2025-03-02");
        c.pay("2025-03-10", "500.00");
        Claim claim = c.on("2025-03-20");
        assertThat(claim.principalOwed().amount()).isEqualByComparingTo("500.00");
        assertThat(claim.costsOwed().amount()).isEqualByComparingTo("50.00");
        assertThat(claim.interest().amount()).isZero();
        assertThat(claim.balance().amount()).isEqualByComparingTo("550.00");
    }

    @Test
    void aDutchConsumerOwesNoCostsBeforeTheFourteenDayLettersDeadlineAndTheWikScaleAfter() {
        Case c = new Case("1000.00", "2026-01-01", LAW.rulesFor("NL", CustomerType.CONSUMER));
        c.claimsFrom = LocalDate.parse("2026-03-02");
        assertThat(c.on("2026-06-01").costs().amount()).as("no 14-day letter, no costs").isZero();
        assertThat(c.on("2026-06-01").costsBasis()).contains("14-day letter");
        c.fourteenDayDeadline = LocalDate.parse("2026-03-16");
        assertThat(c.on("2026-03-16").costs().amount()).isZero();
        assertThat(c.on("2026-03-17").costs().amount()).isEqualByComparingTo("150.00");
    }

    @Test
    void aDutchConsumerWhoPaysWithinTheFourteenDaysOwesNoCosts() {
        Case c = new Case("1000.00", "2026-01-01", LAW.rulesFor("NL", CustomerType.CONSUMER));
        c.claimsFrom = LocalDate.parse("2026-03-02");
        c.fourteenDayDeadline = LocalDate.parse("2026-03-16");
        Claim owed = c.on("2026-03-10");
        c.pay("2026-03-10", owed.balance().amount().toPlainString());
        Claim after = c.on("2026-05-01");
        assertThat(after.costs().amount()).isZero();
        assertThat(after.balance().amount()).isZero();
    }

    @Test
    void payingTheBalanceShownTodaySettlesTheClaimAndNothingMoreAccrues() {
        Case c = new Case("4000.00", "2025-01-01", LAW.rulesFor("DE", CustomerType.BUSINESS));
        c.claimsFrom = LocalDate.parse("2025-03-02");
        c.fees = THIRTY_EVERY_30_DAYS;
        Claim today = c.on("2025-04-15");
        assertThat(today.costs().amount()).isEqualByComparingTo("40.00");
        c.pay("2025-04-15", today.balance().amount().toPlainString());
        c.closedOn = LocalDate.parse("2025-04-15");
        assertThat(c.on("2025-09-01").balance().amount()).isZero();
    }

    @Test
    void dutchStatutoryInterestIsAddedToTheClaimEachYear() {
        Case c = new Case("1000.00", "2023-12-31", LAW.rulesFor("NL", CustomerType.CONSUMER));
        c.claimsFrom = LocalDate.parse("2024-01-01");
        Claim claim = c.on("2026-01-01");
        // 2024 (366 days) at 6 % on 1,000 = 60.16; 2025 at 6 % on 1,060.16 = 63.61
        assertThat(claim.interest().amount()).isEqualByComparingTo("123.77");
    }

    @Test
    void germanInterestDoesNotCompound() {
        Case c = new Case("1000.00", "2023-12-31", LAW.rulesFor("DE", CustomerType.CONSUMER));
        c.claimsFrom = LocalDate.parse("2024-01-01");
        // 731 days at 2.27 + 5 = 7.27 % on 1,000, simple: 145.60 (compounded it would be 150.90)
        assertThat(c.on("2026-01-01").interest().amount()).isEqualByComparingTo("145.60");
    }

    @Test
    void aPaymentBeforeTheClaimStartsLowersThePrincipalOnWhichInterestRuns() {
        Case c = new Case("1000.00", "2025-01-01", LAW.rulesFor("DE", CustomerType.BUSINESS));
        c.pay("2025-01-11", "500.00");
        c.claimsFrom = LocalDate.parse("2025-03-02");
        Claim claim = c.on("2025-03-02");
        // 9 days (2 to 10 January) on 1,000, then 50 days (11 January to 1 March) on 500, at 11.27 %
        assertThat(claim.interestLines()).extracting(l -> l.days() + ":" + l.amount().toPlainString())
                .containsExactly("9:2.78", "50:7.72");
        assertThat(claim.interest().amount()).isEqualByComparingTo("10.50");
    }

    @Test
    void interestBeforeTheConfiguredRatesIsCountedFromTheirFirstDayAndSaysSo() {
        Case c = new Case("1000.00", "2019-06-30", LAW.rulesFor("DE", CustomerType.CONSUMER));
        c.claimsFrom = LocalDate.parse("2019-09-01");
        Claim claim = c.on("2020-01-11");
        // the table starts on 1 January 2020: 10 days at 7.27 %
        assertThat(claim.interest().amount()).isEqualByComparingTo("1.99");
        assertThat(claim.interestSource()).contains("counted from 2020-01-01");
    }

    @Test
    void aFeeFallingDueDuringAPromiseFallsDueAtItsEnd() {
        // day 25 a promise to pay on day 35; with 3 days' grace it holds until day 38
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        c.postponements.add(new FeePostponement(LocalDate.parse("2026-01-26"), LocalDate.parse("2026-02-08")));
        assertThat(c.on("2026-02-04").fees().amount()).as("day 34: no fee yet").isZero();
        Claim broken = c.on("2026-02-10");
        assertThat(broken.lateFees()).extracting(LateFee::on).containsExactly(LocalDate.parse("2026-02-08"));
        assertThat(broken.fees().amount()).isEqualByComparingTo("30.00");
        // the next fee keeps its own day
        assertThat(c.on("2026-03-03").lateFees()).extracting(LateFee::on)
                .containsExactly(LocalDate.parse("2026-02-08"), LocalDate.parse("2026-03-02"));
    }

    @Test
    void anInvoicePaidDuringAPromiseOwesNoLateFee() {
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        c.postponements.add(new FeePostponement(LocalDate.parse("2026-01-26"), LocalDate.parse("2026-02-08")));
        c.pay("2026-02-04", "1000.00");
        c.closedOn = LocalDate.parse("2026-02-04");
        Claim claim = c.on("2026-03-10");
        assertThat(claim.lateFees()).isEmpty();
        assertThat(claim.balance().amount()).isZero();
    }

    @Test
    void aPaymentBookedLateButDatedBeforeAFeeSettledTheClaimBeforeTheFeeArose() {
        // the case is still open when the bank statement arrives weeks later: what was paid on 15 January paid all
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        c.pay("2026-01-15", "1200.00");
        Claim claim = c.on("2026-03-10");
        assertThat(claim.lateFees()).isEmpty();
        assertThat(claim.balance().amount()).as("paid too much: the customer's credit").isEqualByComparingTo("-200.00");
    }

    @Test
    void thePrincipalPaidBeforeInterestWasClaimedLeavesTheInterestOwedAndEveryFeeOnIt() {
        // the interest of the days late is claimed later (from day 60), but owed from the day after the due date: a
        // fee on day 30 falls due on it as the fees after do, never one without the other
        Case c = new Case("1000.00", "2026-01-01", LAW.rulesFor("DE", CustomerType.BUSINESS));
        c.fees = THIRTY_EVERY_30_DAYS;
        c.claimsFrom = LocalDate.parse("2026-03-02");
        c.pay("2026-01-20", "1000.00");
        Claim claim = c.on("2026-04-10");
        assertThat(claim.interest().amount()).isPositive();
        assertThat(claim.lateFees()).extracting(LateFee::number).containsExactly(1, 2, 3);
    }

    @Test
    void aPartPaymentDatedBeforeAFeeLeavesTheFeeToFallDue() {
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        c.pay("2026-01-15", "400.00");
        assertThat(c.on("2026-02-10").lateFees()).extracting(LateFee::on).containsExactly(LocalDate.parse("2026-01-31"));
        assertThat(c.on("2026-02-10").balance().amount()).isEqualByComparingTo("630.00");
    }

    @Test
    void anOpenHoldPostponesEveryFeeUntilItEnds() {
        Case c = contractOnly("1000.00", "2026-01-01");
        c.fees = THIRTY_EVERY_30_DAYS;
        c.postponements.add(new FeePostponement(LocalDate.parse("2026-01-20"), null));
        assertThat(c.on("2026-04-06").lateFees()).isEmpty();
    }

    @Test
    void aPromiseDoesNotPauseInterest() {
        Case plain = new Case("10000.00", "2025-01-01", LAW.rulesFor("NL", CustomerType.BUSINESS));
        plain.claimsFrom = LocalDate.parse("2025-01-20");
        Case promised = new Case("10000.00", "2025-01-01", LAW.rulesFor("NL", CustomerType.BUSINESS));
        promised.claimsFrom = LocalDate.parse("2025-01-20");
        promised.postponements.add(new FeePostponement(LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08")));
        assertThat(promised.on("2025-03-02").interest().amount()).isPositive()
                .isEqualByComparingTo(plain.on("2025-03-02").interest().amount());
    }
}
