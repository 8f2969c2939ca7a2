package org.collections.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void aPolicysPeriodReadsAsPeopleSayIt() {
        assertThat(Periods.describe(Period.parse("P1M"))).isEqualTo("1 month");
        assertThat(Periods.describe(Period.parse("P30D"))).isEqualTo("30 days");
        assertThat(Periods.describe(Period.parse("P2W"))).isEqualTo("2 weeks");
        assertThat(Periods.describe(Period.parse("P1D"))).isEqualTo("1 day");
        assertThat(Periods.describe(Period.parse("P1Y2M14D"))).isEqualTo("1 year and 2 months and 14 days");
        assertThat(Periods.describe(Period.ZERO)).isEqualTo("0 days");
    }
}
