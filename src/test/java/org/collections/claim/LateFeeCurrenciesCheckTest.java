package org.collections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.collections.policy.TestPolicies;
import org.junit.jupiter.api.Test;

class LateFeeCurrenciesCheckTest {

    @Test
    void startUpNamesTheCurrenciesWithALateFeeAndSaysTheOthersGetNone() {
        String summary = new LateFeeCurrenciesCheck(TestPolicies.standard()).summary();
        assertThat(summary).contains("EUR 30.00", "JPY 4500", "USD 30.00", "any other currency get no late fee")
                .doesNotContain("ILS");
    }
}
