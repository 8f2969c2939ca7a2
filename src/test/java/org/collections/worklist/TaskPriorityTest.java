package org.collections.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TaskPriorityTest {

    private static int of(String amount, long days) {
        return TaskPriority.of(new BigDecimal(amount), days);
    }

    @Test
    void moreMoneyAtRiskComesFirst() {
        assertThat(of("15000.00", 1)).isGreaterThan(of("1250.00", 1)).isGreaterThan(of("40.00", 1));
    }

    @Test
    void ageRaisesASmallDebtButNotAboveALargeOne() {
        assertThat(of("40.00", 90)).isGreaterThan(of("40.00", 1));
        assertThat(of("40.00", 400)).isLessThan(of("15000.00", 1));
    }

    @Test
    void staysBetweenZeroAndBelowAnEscalatedTask() {
        assertThat(of("0.00", 0)).isZero();
        assertThat(TaskPriority.of(null, 10)).isEqualTo(3);
        assertThat(of("999999999.00", 10_000)).isEqualTo(TaskPriority.ESCALATED - 1);
        assertThat(of("50000.00", 75)).isLessThan(TaskPriority.ESCALATED);
    }
}
