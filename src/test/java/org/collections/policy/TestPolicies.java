package org.collections.policy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
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
                new CollectionPolicy.Calls(3, Period.ofDays(3), Period.ofDays(30)),
                new CollectionPolicy.LateFee(Map.of("EUR", new BigDecimal("30.00"), "USD", new BigDecimal("30.00"),
                        "JPY", new BigDecimal("4500")), Period.ofDays(30), 6, true),
                new CollectionPolicy.Claims(Stage.DAY_60, Period.ofDays(2), BigDecimal.ZERO, Map.of()),
                new CollectionPolicy.PaymentPlan(12, new BigDecimal("25.00"), Period.ofMonths(1), Period.ofDays(3),
                        Period.ofDays(3), 2),
                new CollectionPolicy.Legal(new BigDecimal("100"), new BigDecimal("30"), new BigDecimal("75"),
                        new BigDecimal("10000"), new BigDecimal("250"), new BigDecimal("2500"), 90, Period.ofDays(14),
                        Period.ofDays(30)),
                new BigDecimal("50"),
                new CollectionPolicy.Tasks(1, 2, 10, 2, 20, 10));
    }

}
