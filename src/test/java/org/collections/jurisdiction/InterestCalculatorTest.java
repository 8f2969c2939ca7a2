package org.collections.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;

/** Worked examples: principal, rate, days, amount, with the rates given here (not the shipped tables). */
class InterestCalculatorTest {

    private static final List<RatePeriod> BASE = List.of(
            new RatePeriod(LocalDate.of(2025, 1, 1), new BigDecimal("2.00")),
            new RatePeriod(LocalDate.of(2025, 7, 1), new BigDecimal("1.00")));

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    @Test
    void germanBusinessInterestIsBasePlusNinePointsSimple() {
        InterestRule rule = new InterestRule("§ 288 Abs. 2 BGB", "§ 288 Abs. 2 BGB", BASE, new BigDecimal("9"),
                Compounding.NONE);
        // 10,000 at 11 % for 100 days: 10,000 x 0.11 x 100 / 365 = 301.37
        InterestStatement s = InterestCalculator.interest(rule, eur("10000.00"), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 5, 12));
        assertThat(s.lines()).singleElement().satisfies(line -> {
            assertThat(line.days()).isEqualTo(100);
            assertThat(line.percent()).isEqualByComparingTo("11.00");
        });
        assertThat(s.total().amount()).isEqualByComparingTo("301.37");
    }

    @Test
    void aRateChangeSplitsThePeriod() {
        InterestRule rule = new InterestRule("Directive 2011/7", "Directive 2011/7/EU, art. 2(6)", BASE,
                new BigDecimal("8"), Compounding.NONE);
        // 5,000: 30 days of June at 10 % (41.10), 31 days of July at 9 % (38.22)
        InterestStatement s = InterestCalculator.interest(rule, eur("5000.00"), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 8, 1));
        assertThat(s.lines()).extracting(InterestLine::days).containsExactly(30L, 31L);
        assertThat(s.lines()).extracting(InterestLine::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("41.10"), new BigDecimal("38.22"));
        assertThat(s.total().amount()).isEqualByComparingTo("79.32");
    }

    @Test
    void dutchInterestJoinsTheClaimAfterEachYear() {
        InterestRule rule = new InterestRule("wettelijke rente", "art. 6:119 BW",
                List.of(new RatePeriod(LocalDate.of(2020, 1, 1), new BigDecimal("6.00"))), BigDecimal.ZERO,
                Compounding.YEARLY);
        // 1,000 at 6 %: 365 days give 60.00; the next 365 days run on 1,060.00 and give 63.60
        InterestStatement s = InterestCalculator.interest(rule, eur("1000.00"), LocalDate.of(2021, 3, 1),
                LocalDate.of(2023, 3, 1));
        assertThat(s.lines()).extracting(InterestLine::base).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1000.00"), new BigDecimal("1060.00"));
        assertThat(s.total().amount()).isEqualByComparingTo("123.60");
    }

    @Test
    void nothingBeforeDefaultAndNoGuessBeforeTheTable() {
        InterestRule rule = new InterestRule("r", "s", BASE, BigDecimal.ONE, Compounding.NONE);
        assertThat(InterestCalculator.interest(rule, eur("100.00"), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 1)).total().amount()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> InterestCalculator.interest(rule, eur("100.00"), LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 3, 1))).hasMessageContaining("no rate for 2024-12-01");
    }

    @Test
    void aCurrencyWithoutCentsRoundsToWholeUnits() {
        InterestRule rule = new InterestRule("r", "s", BASE, new BigDecimal("8"), Compounding.NONE);
        // 100,000 JPY at 10 % for 73 days: 2,000 exactly
        assertThat(InterestCalculator.interest(rule, Money.of(new BigDecimal("100000"), "JPY"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15)).total().amount()).isEqualByComparingTo("2000");
    }
}
