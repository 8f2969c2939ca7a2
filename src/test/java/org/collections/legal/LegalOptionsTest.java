package org.collections.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.collections.customer.CustomerType;
import org.collections.invoice.Money;
import org.collections.policy.TestPolicies;
import org.junit.jupiter.api.Test;

class LegalOptionsTest {

    private final LegalOptions options = new LegalOptions(TestPolicies.standard());

    private LegalOption option(List<LegalOption> all, LegalActionType action) {
        return all.stream().filter(o -> o.action() == action).findFirst().orElseThrow();
    }

    @Test
    void costAndNetRecoveryComeFromThePolicy() {
        List<LegalOption> all = options.options(Money.of(new BigDecimal("1000.00"), "EUR"), CustomerType.BUSINESS);
        assertThat(option(all, LegalActionType.LAWYER_LETTER).expectedNetRecovery()).hasToString("EUR 900.00");
        assertThat(option(all, LegalActionType.COLLECTION_AGENCY).cost()).hasToString("EUR 300.00");
        assertThat(option(all, LegalActionType.FACTORING).expectedNetRecovery()).hasToString("EUR 750.00");
        assertThat(option(all, LegalActionType.SMALL_CLAIMS).expectedNetRecovery()).hasToString("EUR 750.00");
        assertThat(option(all, LegalActionType.COURT).expectedNetRecovery()).hasToString("EUR -1500.00");
        assertThat(options.bestNetRecovery(all, Money.of(BigDecimal.ZERO, "EUR"))).hasToString("EUR 900.00");
    }

    @Test
    void factoringIsForBusinessInvoicesAndSmallClaimsForSmallOnes() {
        List<LegalOption> consumer = options.options(Money.of(new BigDecimal("20000.00"), "EUR"), CustomerType.CONSUMER);
        assertThat(option(consumer, LegalActionType.FACTORING).available()).isFalse();
        assertThat(option(consumer, LegalActionType.SMALL_CLAIMS).available()).isFalse();
        assertThat(option(consumer, LegalActionType.SMALL_CLAIMS).why()).contains("above the small-claims limit");
    }

    @Test
    void moneyKeepsTheScaleOfItsCurrency() {
        assertThat(Money.of(new BigDecimal("5"), "JPY")).hasToString("JPY 5");
        assertThat(Money.of(new BigDecimal("5.1"), "EUR")).hasToString("EUR 5.10");
        assertThat(Money.of(new BigDecimal("5.1234"), "BHD")).hasToString("BHD 5.123");
    }
}
