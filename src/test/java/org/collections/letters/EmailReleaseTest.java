package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

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
    void aReminderWaitingForTheMorningIsWithdrawnWhenTheInvoiceIsPaidAtNight() throws Exception {
        String number = newNumber();
        travelTo(START.toLocalDate().plusDays(1), 23);
        // 61 days late at registration: the final demand by email waits for the morning, the one by post to be posted
        register(number, "100.00", START.toLocalDate().minusDays(60));
        runDueJobs();
        OutboxMessage demand = emails(number, LetterType.FINAL_DEMAND).get(0);
        assertThat(demand.getStatus()).isEqualTo(OutboxStatus.PENDING);

        assertThat(pay(number, invoiceView(number).get("balance").decimalValue().toPlainString(), "night-" + number)
                .getResponse().getStatus()).isEqualTo(201);
        runDueJobs();

        assertThat(messages(number).stream().filter(m -> m.getLetterType() == LetterType.FINAL_DEMAND))
                .extracting(OutboxMessage::getStatus).containsOnly(OutboxStatus.WITHDRAWN);
        assertThat(dossierText(number)).contains("(EMAIL) withdrawn, not sent: the invoice was paid before it went "
                + "out", "(POST) withdrawn, not sent: the invoice was paid before it went out");
        assertThat(emails(number, LetterType.PAYMENT_RECEIPT).get(0).getStatus()).as("the receipt still goes")
                .isEqualTo(OutboxStatus.PENDING);
        travelTo(START.toLocalDate().plusDays(2), 9);
        letters.releaseHeldBack();
        assertThat(emails(number, LetterType.FINAL_DEMAND).get(0).getStatus()).isEqualTo(OutboxStatus.WITHDRAWN);
        assertThat(emails(number, LetterType.PAYMENT_RECEIPT).get(0).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    /** A confirmation of a promise or plan made late in the evening is moot once the customer paid in the night. */
    @Test
    void aPromiseConfirmationWaitingForTheMorningIsWithdrawnWhenTheInvoiceIsPaid() throws Exception {
        String number = newNumber();
        travelTo(START.toLocalDate().plusDays(1), 10);
        register(number, "100.00", START.toLocalDate().minusDays(3));
        runDueJobs();
        // the agent reaches the customer late in the evening
        travelTo(START.toLocalDate().plusDays(1), 22);
        call(number, Map.of("callOutcome", "PROMISED_TO_PAY",
                "promisedDate", START.toLocalDate().plusDays(4).toString(), "callNotes", "Pays tonight"));
        OutboxMessage confirmation = emails(number, LetterType.PROMISE_CONFIRMATION).get(0);
        assertThat(confirmation.getStatus()).isEqualTo(OutboxStatus.PENDING);

        assertThat(pay(number, invoiceView(number).get("balance").decimalValue().toPlainString(), "night-" + number)
                .getResponse().getStatus()).isEqualTo(201);
        runDueJobs();

        assertThat(emails(number, LetterType.PROMISE_CONFIRMATION).get(0).getStatus())
                .isEqualTo(OutboxStatus.WITHDRAWN);
        assertThat(dossierText(number)).contains("(EMAIL) withdrawn, not sent: the invoice was paid before it went "
                + "out");
        assertThat(emails(number, LetterType.PAYMENT_RECEIPT).get(0).getStatus()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void emailsWithdrawnByAStopDoNotCountAgainstTheWeeklyLimit() throws Exception {
        String customer = newCustomerNumber();
        travelTo(START.toLocalDate().plusDays(1), 23);
        // three invoices at three stages: a reminder, a late notice and a final demand, all waiting for the morning
        List<String> numbers = new java.util.ArrayList<>();
        for (int daysLate : new int[] {5, 35, 65}) {
            numbers.addAll(registerInvoicesOf(customer, START.toLocalDate().minusDays(daysLate), "en", "100.00"));
        }
        runDueJobs();
        java.util.Set<Long> dunningEmails = new java.util.HashSet<>();
        for (String number : numbers) {
            messages(number).stream().filter(m -> m.getChannel() == Channel.EMAIL && m.getLetterType().dunning())
                    .forEach(m -> dunningEmails.add(m.getId()));
        }
        assertThat(dunningEmails).hasSize(3);
        assertThat(manager(post("/api/customers/" + customer + "/stop"), Map.of("reason", "CEASE_CONTACT")))
                .isEqualTo(200);
        assertThat(messages(numbers.get(0))).extracting(OutboxMessage::getStatus).contains(OutboxStatus.WITHDRAWN);
        assertThat(manager(delete("/api/customers/" + customer + "/stop"), null)).isEqualTo(204);

        travelTo(START.toLocalDate().plusDays(2), 9);
        String next = registerInvoicesOf(customer, START.toLocalDate().minusDays(3), "en", "50.00").get(0);
        runDueJobs();
        assertThat(emails(next, LetterType.OVERDUE_REMINDER)).extracting(OutboxMessage::getStatus)
                .containsExactly(OutboxStatus.SENT);
        assertThat(dossierText(next)).doesNotContain("dunning emails in the last 7 days");
    }

    private int manager(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Object body) throws Exception {
        request = request.with(httpBasic(MANAGER, PASSWORD));
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
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
