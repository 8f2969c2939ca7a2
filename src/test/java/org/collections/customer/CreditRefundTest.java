package org.collections.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;

/** A refund of account credit never takes more than the credit holds, and the dossier says what was refunded. */
class CreditRefundTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static CreditRefund decided(String amount, RefundDecision decision) {
        CreditRefund refund = new CreditRefund(7L, eur(amount), "over-payment of invoice INV-1", NOW);
        refund.decided(decision, "manager1", NOW, null);
        return refund;
    }

    @Test
    void theWholeAmountIsRefundedWhileTheCreditHoldsIt() {
        CreditRefund refund = decided("20.00", RefundDecision.REFUND);
        assertThat(refund.refundFrom(eur("35.00"), NOW)).isEqualTo(eur("20.00"));
        assertThat(refund.getStatus()).isEqualTo(CreditRefund.Status.REFUNDED);
        assertThat(refund.refunded()).isEqualTo(eur("20.00"));
    }

    @Test
    void onlyWhatIsLeftIsRefundedWhenTheCreditWasUsedMeanwhile() {
        assertThat(decided("20.00", RefundDecision.REFUND).refundFrom(eur("5.00"), NOW)).isEqualTo(eur("5.00"));
        assertThat(decided("20.00", RefundDecision.REFUND).refundFrom(eur("0.00"), NOW)).isEqualTo(eur("0.00"));
        // never below zero, even from a credit that is (wrongly) negative
        assertThat(decided("20.00", RefundDecision.REFUND).refundFrom(eur("-3.00"), NOW)).isEqualTo(eur("0.00"));
    }

    @Test
    void aKeptOrUndecidedCreditIsNotRefunded() {
        assertThatThrownBy(() -> decided("20.00", RefundDecision.KEEP).refundFrom(eur("20.00"), NOW))
                .isInstanceOf(IllegalStateException.class);
        CreditRefund open = new CreditRefund(7L, eur("20.00"), "over-payment of invoice INV-1", NOW);
        assertThat(open.getStatus()).isEqualTo(CreditRefund.Status.OPEN);
        assertThatThrownBy(() -> open.refundFrom(eur("20.00"), NOW)).isInstanceOf(IllegalStateException.class);
        CreditRefund kept = decided("20.00", RefundDecision.KEEP);
        assertThat(kept.getStatus()).isEqualTo(CreditRefund.Status.KEPT);
        assertThat(kept.refunded()).isNull();
    }

    @Test
    void theDossierSaysWhoRefundedWhatAndWhyLessWhenLess() {
        assertThat(CreditRefunds.refundSummary(eur("20.00"), eur("20.00"), "over-payment of invoice INV-1",
                "manager1", eur("0.00"))).isEqualTo("Refunded EUR 20.00 of the credit to the customer (over-payment "
                        + "of invoice INV-1), decided by manager1; credit now EUR 0.00");
        assertThat(CreditRefunds.refundSummary(eur("20.00"), eur("5.00"), "over-payment of invoice INV-1",
                "manager1", eur("0.00"))).isEqualTo("Refund of EUR 20.00 (over-payment of invoice INV-1) decided by "
                        + "manager1: only EUR 5.00 refunded, the rest of the credit had been used meanwhile (for a "
                        + "new invoice or another refund); credit now EUR 0.00");
        assertThat(CreditRefunds.refundSummary(eur("20.00"), eur("0.00"), "over-payment of invoice INV-1",
                "manager1", eur("0.00"))).isEqualTo("Refund of EUR 20.00 (over-payment of invoice INV-1) decided by "
                        + "manager1: nothing refunded, the credit had been used meanwhile (for a new invoice or "
                        + "another refund); credit now EUR 0.00");
    }
}
