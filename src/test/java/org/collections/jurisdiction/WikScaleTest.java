package org.collections.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.collections.invoice.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WikScaleTest {

    @ParameterizedTest(name = "principal {0}: costs {1}")
    @CsvSource({
        "100.00, 40.00",        // 15 % is 15.00: the minimum
        "267.00, 40.05",        // just above the minimum
        "2500.00, 375.00",      // the whole first band
        "5000.00, 625.00",      // + 10 % of 2,500
        "10000.00, 875.00",     // + 5 % of 5,000
        "200000.00, 2775.00",   // + 1 % of 190,000
        "1000000.00, 6775.00",  // + 0.5 % of 800,000: exactly the maximum
        "2000000.00, 6775.00",  // never more
        "1000.00, 150.00",
        "3333.33, 458.33",
    })
    void theScaleToTheCent(String principal, String costs) {
        assertThat(WikScale.costs(Money.of(new BigDecimal(principal), "EUR")).amount())
                .isEqualByComparingTo(costs);
    }

    @Test
    void nothingIsOwedOnNothing() {
        assertThat(WikScale.costs(Money.of(BigDecimal.ZERO, "EUR")).amount()).isEqualByComparingTo("0");
    }

    @Test
    void isInEurosOnly() {
        assertThatThrownBy(() -> WikScale.costs(Money.of(new BigDecimal("1000"), "ILS")))
                .hasMessageContaining("euros");
    }
}
