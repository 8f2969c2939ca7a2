package org.collections.policy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The shipped policy as an object, for unit tests that need no Spring context. */
public final class TestPolicies {

    private TestPolicies() {
    }

    public static CollectionPolicy standard() {

        return new CollectionPolicy(ZoneId.of("Europe/Amsterdam"), LocalTime.of(9, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new CollectionPolicy.Stages(Period.ofDays(7), Period.ofDays(1), Period.ofDays(30), Period.ofDays(60),
                        Period.ofDays(14)),
                new CollectionPolicy.Calls(3, Period.ofDays(3), Period.ofDays(30), Period.ofDays(7)),
                new CollectionPolicy.Emails(3),
                new CollectionPolicy.LateFee(Map.of("EUR", new BigDecimal("30.00"), "USD", new BigDecimal("30.00"),
                        "JPY", new BigDecimal("4500")), Period.ofDays(30), 6, true,
                        CollectionPolicy.FeeDuringHold.POSTPONE),
                new CollectionPolicy.Claims(Stage.DAY_60, Period.ofDays(2), BigDecimal.ZERO, Map.of()),
                new CollectionPolicy.PaymentPlan(12, new BigDecimal("25.00"), Period.ofMonths(1), Period.ofDays(3),
                        Period.ofDays(3), 2),
                new CollectionPolicy.Legal(90, Period.ofDays(14), Period.ofDays(30),
                        new CollectionPolicy.LawyerLetter(new BigDecimal("100"), Period.ofDays(14),
                                rates(0, "35", "45", 91, "25", "30", 181, "15", "20")),
                        new CollectionPolicy.CollectionAgency(new BigDecimal("30"), Period.ofDays(90),
                                rates(0, "50", "55", 181, "35", "40", 366, "20", "25")),
                        new CollectionPolicy.Factoring(new BigDecimal("75"), Period.ofDays(7)),
                        new CollectionPolicy.SmallClaims(new BigDecimal("250"), Period.ofDays(120),
                                rates(0, "70", "75", 181, "55", "60"), new BigDecimal("10000"), List.of(
                                        new CollectionPolicy.CountryLimit("NL", new BigDecimal("25000"), "EUR",
                                                "art. 93 Rv"),
                                        new CollectionPolicy.CountryLimit("DE", new BigDecimal("10000"), "EUR",
                                                "§ 23 Nr. 1 GVG"),
                                        new CollectionPolicy.CountryLimit("IL", new BigDecimal("38900"), "ILS",
                                                "Courts Law s. 60"))),
                        new CollectionPolicy.Court(new BigDecimal("2500"), new BigDecimal("50"), Period.ofDays(365),
                                rates(0, "70", "75", 181, "55", "60"))),
                new BigDecimal("50"),
                new CollectionPolicy.Tasks(1, 2, 10, 2, 20, 10));
    }

    /** Success-rate bands as (from days late, consumer %, business %) triples. */
    private static List<CollectionPolicy.SuccessRate> rates(Object... triples) {
        List<CollectionPolicy.SuccessRate> rates = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            rates.add(new CollectionPolicy.SuccessRate((Integer) triples[i], new BigDecimal((String) triples[i + 1]),
                    new BigDecimal((String) triples[i + 2])));
        }
        return rates;
    }
}
