package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void aFieldThatCouldNotBeReadKeepsThatReasonAndNoLaterRuleHidesIt() {
        FieldErrors errors = FieldErrors.of(Map.of("until", "cannot be read as text"))
                .check(false, "until", "is required")
                .check(false, "reason", "is required")
                .reject("reason", "must be at most 500 characters");

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "until", "cannot be read as text",
                        "reason", "is required; must be at most 500 characters")));
    }

    @Test
    void aValueNotAllowedHereIsToldTheSameListAsAnUnknownOne() {
        java.util.function.Predicate<java.time.DayOfWeek> workingDay = d -> d.getValue() <= 5;
        FieldErrors unknown = new FieldErrors();
        FieldErrors notHere = new FieldErrors();
        assertThat(unknown.oneOf("FUNDAY", java.time.DayOfWeek.class, workingDay, "day")).isNull();
        assertThat(notHere.oneOf("SUNDAY", java.time.DayOfWeek.class, workingDay, "day")).isNull();
        assertThat(new FieldErrors().oneOf("MONDAY", java.time.DayOfWeek.class, workingDay, "day"))
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        for (FieldErrors errors : java.util.List.of(unknown, notHere)) {
            assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("day",
                            "must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY")));
        }
    }

    @Test
    void onlyACurrencyMoneyIsWrittenInIsACurrency() {
        assertThat(FieldErrors.currencyOrNull("EUR")).hasToString("EUR");
        assertThat(FieldErrors.currencyOrNull("JPY")).hasToString("JPY");
        for (String code : java.util.List.of("XXX", "XAU", "XTS", "XDR", "EURO", "eur", "QQQ")) {
            assertThat(FieldErrors.currencyOrNull(code)).as(code).isNull();
        }
    }

    @Test
    void nothingUnreadableAndNoRuleBrokenIsNoError() {
        FieldErrors.of(Map.of()).check(true, "reason", "is required").throwIfAny();
        assertThat(FieldErrors.of(Map.of()).size()).isZero();
    }
}
