package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Emails go out in the customer's contact hours, and dunning emails at most the policy's number in any 7 days across
 * all of a customer's invoices; one held back waits in the outbox with its time and goes out when it comes.
 */
class EmailReleaseTest extends CaseTestSupport {

    @Autowired
    LetterService letters;

    private List<OutboxMessage> emails(String number, LetterType type) throws Exception {
        return messages(number).stream().filter(m -> m.getLetterType() == type && m.getChannel() == Channel.EMAIL)
                .toList();
    }

    @Test
    void aReceiptForAPaymentAtNightGoesOutAtEightTheNextMorning() throws Exception {
        String number = newNumber();
        register(number, "100.00", START.toLocalDate().plusDays(20));
        travelTo(START.toLocalDate().plusDays(1), 23);
        assertThat(pay(number, "100.00", "night-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();

        OutboxMessage receipt = emails(number, LetterType.PAYMENT_RECEIPT).get(0);
        assertThat(receipt.getStatus()).isEqualTo(OutboxStatus.PENDING);
        ZonedDateTime morning = START.toLocalDate().plusDays(2).atTime(8, 0).atZone(ZONE);
        assertThat(receipt.getNotBefore()).isEqualTo(morning.toInstant());
        assertThat(dossierText(number)).contains("held back: outside the customer's contact hours. Goes out "
                + "2026-03-04 08:00 +01:00 (Europe/Amsterdam)");

        travelTo(morning.minusMinutes(1));
        assertThat(letters.releaseHeldBack()).isZero();
        travelTo(morning);
        assertThat(letters.releaseHeldBack()).isEqualTo(1);
        assertThat(emails(number, LetterType.PAYMENT_RECEIPT).get(0).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(letters.releaseHeldBack()).as("sent once").isZero();
    }

    @Test
    void aFourthDunningEmailInSevenDaysWaitsUntilTheFirstIsAWeekOld() throws Exception {
        String customer = newCustomerNumber();
        LocalDate monday = LocalDate.of(2026, 3, 9);
        // four invoices due Monday to Thursday: four pre-due reminders on four days in a row
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            numbers.addAll(registerInvoicesOf(customer, monday.plusDays(i), "en", "100.00"));
        }
        for (int day = 0; day < 4; day++) {
            travelTo(START.toLocalDate().plusDays(day), 9);
        }

        for (int i = 0; i < 3; i++) {
            assertThat(emails(numbers.get(i), LetterType.PRE_DUE_REMINDER).get(0).getStatus())
                    .isEqualTo(OutboxStatus.SENT);
        }
        OutboxMessage fourth = emails(numbers.get(3), LetterType.PRE_DUE_REMINDER).get(0);
        assertThat(fourth.getStatus()).isEqualTo(OutboxStatus.PENDING);
        ZonedDateTime firstAWeekOld = START.plusDays(7).withHour(9);
        assertThat(fourth.getNotBefore()).isAfter(firstAWeekOld.toInstant())
                .isBefore(firstAWeekOld.plusMinutes(1).toInstant());
        assertThat(dossierText(numbers.get(3))).contains("held back: 3 dunning emails in the last 7 days (limit 3)");

        travelTo(firstAWeekOld.plusMinutes(1));
        letters.releaseHeldBack();
        assertThat(emails(numbers.get(3), LetterType.PRE_DUE_REMINDER).get(0).getStatus())
                .isEqualTo(OutboxStatus.SENT);
    }
}
