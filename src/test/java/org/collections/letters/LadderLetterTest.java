package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.collections.customer.Customer;
import org.collections.customer.CustomerData;
import org.collections.customer.CustomerType;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Money;
import org.collections.policy.CaseSchedule;
import org.collections.policy.Stage;
import org.junit.jupiter.api.Test;

/** Which of a customer's other invoices a ladder letter covers: plain rules, no database. */
class LadderLetterTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 6, 10, 0, 0, 0, ZONE);
    private static final Customer CUSTOMER = new Customer("K-1", new CustomerData("Jane Debtor", "jane@example.com",
            null, "Keizersgracht 1", CustomerType.BUSINESS, "en", "Europe/Amsterdam", "NL", List.of()));

    private static Invoice at(Stage stage) {
        Invoice invoice = new Invoice("I-1", CUSTOMER, Money.of(new BigDecimal("100"), "EUR"),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 5), false, true, Instant.EPOCH);
        invoice.moveTo(stage);
        return invoice;
    }

    /** A schedule whose every date lies {@code hours} from now (negative: already passed). */
    private static CaseSchedule allDue(long hours) {
        ZonedDateTime at = NOW.plusHours(hours);
        return new CaseSchedule(at, at, at, at);
    }

    @Test
    void onlyTheFourRungsOfTheLadderAreSharedLetters() {
        assertThat(LadderLetter.of(LetterType.PRE_DUE_REMINDER)).contains(LadderLetter.PRE_DUE_REMINDER);
        assertThat(LadderLetter.of(LetterType.OVERDUE_REMINDER)).contains(LadderLetter.OVERDUE_REMINDER);
        assertThat(LadderLetter.of(LetterType.LATE_NOTICE)).contains(LadderLetter.LATE_NOTICE);
        assertThat(LadderLetter.of(LetterType.FINAL_DEMAND)).contains(LadderLetter.FINAL_DEMAND);
        assertThat(LadderLetter.of(LetterType.INVOICE_COPY)).isEmpty();
        assertThat(LadderLetter.of(LetterType.PROMISE_CONFIRMATION)).isEmpty();
        assertThat(LadderLetter.of(LetterType.STOP_WORK)).isEmpty();
    }

    @Test
    void anInvoiceOnTheLadderUpToTheLettersRungWhoseDateHasComeIsCovered() {
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(Stage.PRE_DUE), allDue(-1), NOW)).isTrue();
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(Stage.DAY_1), allDue(-1), NOW)).isTrue();
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(Stage.DAY_1), allDue(0), NOW)).as("at the moment")
                .isTrue();
        assertThat(LadderLetter.FINAL_DEMAND.covers(at(Stage.DAY_30), allDue(-1), NOW)).isTrue();
        assertThat(LadderLetter.FINAL_DEMAND.covers(at(Stage.DAY_60), allDue(-1), NOW)).isTrue();
    }

    @Test
    void anInvoiceWhoseDateForTheLetterHasNotComeIsNotCovered() {
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(Stage.PRE_DUE), allDue(1), NOW)).isFalse();
    }

    @Test
    void theLetterDateIsTheInvoicesOwnDateForThatRung() {
        ZonedDateTime past = NOW.minusDays(1);
        ZonedDateTime future = NOW.plusDays(1);
        CaseSchedule onlyPreDuePassed = new CaseSchedule(past, future, future, future);
        assertThat(LadderLetter.PRE_DUE_REMINDER.covers(at(Stage.PRE_DUE), onlyPreDuePassed, NOW)).isTrue();
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(Stage.PRE_DUE), onlyPreDuePassed, NOW)).isFalse();
        CaseSchedule day30Passed = new CaseSchedule(past, past, past, future);
        assertThat(LadderLetter.LATE_NOTICE.covers(at(Stage.DAY_1), day30Passed, NOW)).isTrue();
        assertThat(LadderLetter.FINAL_DEMAND.covers(at(Stage.DAY_30), day30Passed, NOW)).isFalse();
    }

    @Test
    void anInvoicePastTheLettersRungOrOffTheLadderIsNeverCovered() {
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(Stage.DAY_30), allDue(-1), NOW)).isFalse();
        assertThat(LadderLetter.PRE_DUE_REMINDER.covers(at(Stage.DAY_1), allDue(-1), NOW)).isFalse();
        for (Stage off : List.of(Stage.ROUTE_DECISION, Stage.PAYMENT_PLAN, Stage.DISPUTE, Stage.LEGAL, Stage.CLOSED)) {
            for (LadderLetter letter : LadderLetter.values()) {
                assertThat(letter.covers(at(off), allDue(-1), NOW)).as(letter + " for an invoice at " + off).isFalse();
            }
        }
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(at(null), allDue(-1), NOW)).as("not planned yet").isFalse();
    }

    @Test
    void aClosedInvoiceIsNeverCovered() {
        Invoice paid = at(Stage.DAY_1);
        paid.close(InvoiceStatus.PAID, Instant.EPOCH);
        assertThat(LadderLetter.OVERDUE_REMINDER.covers(paid, allDue(-1), NOW)).isFalse();
    }
}
