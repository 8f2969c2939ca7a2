package org.collections.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agreed plan that an invoice leaves unpaid (a dispute) goes on for the others: the instalments still open are
 * agreed anew on what those invoices owe, at the agreed instalment amount, on the agreed dates.
 */
class PaymentPlanTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);

    /** 3 monthly instalments of 400 from 1 April for 1,200; 150 was paid on the invoices before it was agreed. */
    private static PaymentPlan threeOf400() {
        PaymentPlan plan = new PaymentPlan(1L, Instant.parse("2026-03-11T09:00:00Z"));
        plan.agree(3, new BigDecimal("400.00"), new BigDecimal("1200.00"), FIRST, Period.ofMonths(1),
                new BigDecimal("150.00"), BigDecimal.ZERO, Instant.parse("2026-03-11T09:00:00Z"), "agent1");
        return plan;
    }

    private static List<String> schedule(PaymentPlan plan) {
        return plan.getInstalments().stream().map(i -> i.getNumber() + " " + i.getDueDate() + " "
                + i.getAmount().stripTrailingZeros().toPlainString() + " " + i.getStatus()).toList();
    }

    @Test
    void fewerInstalmentsOfTheAgreedAmountOnTheAgreedDatesTheLastTheRest() {
        PaymentPlan plan = threeOf400();
        // an invoice of 500 leaves: the other owes 700 (150 paid on it, but it came in before the plan)
        List<Instalment> open = plan.rebase(new BigDecimal("700.00"), new BigDecimal("150.00"), BigDecimal.ZERO);

        assertThat(schedule(plan)).containsExactly("1 2026-04-01 400 OPEN", "2 2026-05-01 300 OPEN");
        assertThat(open).hasSize(2);
        // nothing came in since: the first instalment still asks for all of its 400
        assertThat(plan.getSettledAtAgreement()).isEqualByComparingTo("150.00");
        assertThat(plan.dueUpTo(2)).isEqualByComparingTo("700.00");
    }

    @Test
    void paidInstalmentsStayAndWhatCameInSinceCountsFromNowOn() {
        PaymentPlan plan = threeOf400();
        plan.instalment(1).markPaid();
        // 400 came in for instalment 1 on the invoice that stays; the other owes 500 of its balance now
        plan.rebase(new BigDecimal("500.00"), new BigDecimal("550.00"), BigDecimal.ZERO);

        assertThat(schedule(plan)).containsExactly("1 2026-04-01 400 PAID", "2 2026-05-01 400 OPEN",
                "3 2026-06-01 100 OPEN");
        // what counts as received from now on: exactly the instalment paid, so the next asks for its 400
        BigDecimal received = new BigDecimal("550.00").subtract(plan.getSettledAtAgreement());
        assertThat(received).isEqualByComparingTo(plan.dueUpTo(1));
    }

    @Test
    void aCreditNotePaysNoInstalmentWhileMoneyPaidAheadPaysItsInstalments() {
        PaymentPlan plan = threeOf400();
        // since the agreement 400 was paid and 300 credited: paid plus credited 150 + 700, of which 300 credited
        BigDecimal received = plan.receivedSince(new BigDecimal("850.00"), new BigDecimal("300.00"));
        assertThat(received).isEqualByComparingTo("400.00");

        plan.markPaidUpTo(received);
        assertThat(schedule(plan)).containsExactly("1 2026-04-01 400 PAID", "2 2026-05-01 400 OPEN",
                "3 2026-06-01 400 OPEN");
        // the rest owed is 1200 - 400 paid - 300 credited; after the change, only the money counts as received
        plan.rebase(new BigDecimal("500.00"), new BigDecimal("850.00"), new BigDecimal("300.00"));
        assertThat(schedule(plan)).containsExactly("1 2026-04-01 400 PAID", "2 2026-05-01 400 OPEN",
                "3 2026-06-01 100 OPEN");
        assertThat(plan.receivedSince(new BigDecimal("950.00"), new BigDecimal("400.00")))
                .as("a later credit note of 100 counts for no instalment either").isEqualByComparingTo("400.00");
    }

    @Test
    void theLetterAboutAChangeTellsTheLatestKindWithEveryInvoiceChangedThatWayOnce() {
        PaymentPlan plan = threeOf400();
        assertThat(plan.takeChange()).isEmpty();
        plan.noteChange("due-date", "A-1");
        plan.noteChange("credited", "A-2");
        plan.noteChange("credited", "A-3");
        plan.noteChange("credited", "A-2");

        assertThat(plan.takeChange()).contains(new PaymentPlan.PlanChange("credited", List.of("A-2", "A-3")));
        assertThat(plan.takeChange()).as("told once").isEmpty();
    }

    @Test
    void aMissedInstalmentKeepsItsDayAndStateWithTheNewAmount() {
        PaymentPlan plan = threeOf400();
        plan.instalment(1).markMissed();
        plan.rebase(new BigDecimal("250.00"), new BigDecimal("150.00"), BigDecimal.ZERO);

        assertThat(schedule(plan)).containsExactly("1 2026-04-01 250 MISSED");
    }

    @Test
    void moreThanTheOpenInstalmentsCoverFollowsAtTheAgreedInterval() {
        PaymentPlan plan = threeOf400();
        plan.instalment(1).markPaid();
        plan.instalment(2).markPaid();
        // what is owed grew beyond the one open instalment (the payments went to the invoice that left)
        plan.rebase(new BigDecimal("900.00"), new BigDecimal("150.00"), BigDecimal.ZERO);

        assertThat(schedule(plan)).containsExactly("1 2026-04-01 400 PAID", "2 2026-05-01 400 PAID",
                "3 2026-06-01 400 OPEN", "4 2026-07-01 400 OPEN", "5 2026-08-01 100 OPEN");
    }

    @Test
    void onlyAnAgreedPlanIsChangedAndAnEmptyOneEndsStoppedSettledOrEnded() {
        PaymentPlan negotiated = new PaymentPlan(1L, Instant.now());
        assertThatThrownBy(() -> negotiated.rebase(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalStateException.class);
        PaymentPlan plan = threeOf400();
        assertThatThrownBy(() -> plan.ended(PlanStatus.DEFAULTED)).isInstanceOf(IllegalArgumentException.class);
        plan.ended(PlanStatus.STOPPED);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.STOPPED);
    }
}
