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
    void nothingUnreadableAndNoRuleBrokenIsNoError() {
        FieldErrors.of(Map.of()).check(true, "reason", "is required").throwIfAny();
        assertThat(FieldErrors.of(Map.of()).size()).isZero();
    }
}
