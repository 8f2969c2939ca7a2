package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One letter per customer, kind and day: the ladder letters of a customer's invoices that fall due together go out
 * as one letter listing each invoice; letters for the invoices a caller names.
 */
class SharedLettersTest extends CaseTestSupport {

    /** A Thursday, three days after the tests' start: the pre-due reminders are due at registration. */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 5);

    @Autowired
    LetterService letters;

    private List<OutboxMessage> letters(String number, LetterType type) throws Exception {
        return messages(number).stream().filter(m -> m.getLetterType() == type).toList();
    }

    private static List<MimeMessage> mails(String subject) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).equals(subject)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one message of this type (and channel) that covers every invoice given, the same for each. */
    private OutboxMessage sharedLetter(List<String> numbers, LetterType type, Channel channel) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String number : numbers) {
            List<OutboxMessage> found = letters(number, type).stream().filter(m -> m.getChannel() == channel).toList();
            assertThat(found).as(type + " of " + number).hasSize(1);
            ids.add(found.get(0).getId());
        }
        assertThat(ids).as("one letter for all").containsOnly(ids.get(0));
        return outbox.findById(ids.get(0)).orElseThrow();
    }

    @Test
    void threeInvoicesOverdueTogetherGetOneReminderAndALaterOneItsOwn() throws Exception {
        String customer = newCustomerNumber();
        List<String> three = registerInvoicesOf(customer, DUE, "en", "100.00", "250.00", "400.50");
        String later = registerInvoicesOf(customer, DUE.plusDays(7), "en", "75.00").get(0);
        runDueJobs();
        assertThat(mails("3 invoices are due soon")).hasSize(1);
        assertThat(sharedLetter(three, LetterType.PRE_DUE_REMINDER, Channel.EMAIL).getStatus())
                .isEqualTo(OutboxStatus.SENT);
        assertThat(letters(later, LetterType.PRE_DUE_REMINDER)).as("its pre-due reminder is not due yet").isEmpty();

        travelTo(DUE.plusDays(1), 10);

        List<MimeMessage> reminders = mails("3 invoices are overdue");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getAllRecipients()[0].toString()).isEqualTo("jane@example.com");
        OutboxMessage reminder = sharedLetter(three, LetterType.OVERDUE_REMINDER, Channel.EMAIL);
        assertThat(messageId(reminders.get(0))).isEqualTo(reminder.messageId());
        assertThat(reminder.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(reminder.getInvoiceId()).isIn(three.stream().map(this::invoiceId).toList());
        assertThat(reminder.getBodyText()).contains(three).contains("Total owed: €750.50")
                .doesNotContain(later);
        assertThat(reminder.getBodyHtml()).contains(three).contains("€400.50", "€750.50");
        assertThat(mails("Invoice " + three.get(0) + " is overdue")).isEmpty();
        for (String number : three) {
            JsonNode listed = getJson("/api/invoices/" + number + "/messages");
            JsonNode shared = null;
            for (JsonNode m : listed) {
                if (m.get("letterType").asText().equals("OVERDUE_REMINDER")) {
                    shared = m;
                }
            }
            assertThat(shared).as("the reminder among the messages of " + number).isNotNull();
            assertThat(shared.get("id").asLong()).isEqualTo(reminder.getId());
            List<String> covered = new ArrayList<>();
            shared.get("invoices").forEach(n -> covered.add(n.asText()));
            assertThat(covered).containsExactlyInAnyOrderElementsOf(three);
            assertThat(dossierText(number)).contains("\\\"3 invoices are overdue\\\" sent by email to jane@example.com "
                    + "(one letter for invoices ");
        }
        assertThat(letters(later, LetterType.OVERDUE_REMINDER)).isEmpty();

        // the jobs again, and a covered invoice's step retried: nothing goes out twice
        int mailsBefore = MAIL.getReceivedMessages().length;
        runDueJobs();
        for (String number : three) {
            letters.send(invoiceId(number), LetterType.OVERDUE_REMINDER, LetterType.OVERDUE_REMINDER.name(),
                    LetterDetails.none());
        }
        assertThat(MAIL.getReceivedMessages()).hasSize(mailsBefore);
        assertThat(outbox.findById(reminder.getId()).orElseThrow().getAttempts()).isEqualTo(1);

        // the invoice due a week later gets its own reminder a week later
        travelTo(DUE.plusDays(8), 10);
        assertThat(mails("Invoice " + later + " is overdue")).hasSize(1);
        assertThat(letters(later, LetterType.OVERDUE_REMINDER)).singleElement()
                .satisfies(m -> assertThat(m.getInvoiceId()).isEqualTo(invoiceId(later)));
        assertThat(mails("3 invoices are overdue")).hasSize(1);
    }

    @Test
    void twoCustomersEachGetTheirOwnLetter() throws Exception {
        String first = newCustomerNumber();
        String second = newCustomerNumber();
        List<String> ofFirst = registerInvoicesOf(first, DUE, "en", "10.00", "20.00");
        List<String> ofSecond = registerInvoicesOf(second, DUE, "nl", "30.00", "40.00");
        runDueJobs();
        travelTo(DUE.plusDays(1), 10);

        assertThat(mails("2 invoices are overdue")).hasSize(1);
        assertThat(mails("2 facturen zijn vervallen")).hasSize(1);
        OutboxMessage english = sharedLetter(ofFirst, LetterType.OVERDUE_REMINDER, Channel.EMAIL);
        OutboxMessage dutch = sharedLetter(ofSecond, LetterType.OVERDUE_REMINDER, Channel.EMAIL);
        assertThat(english.getId()).isNotEqualTo(dutch.getId());
        assertThat(english.getCustomerId()).isNotEqualTo(dutch.getCustomerId());
        assertThat(english.getBodyText()).contains(ofFirst).doesNotContain(ofSecond.get(0), ofSecond.get(1));
        assertThat(dutch.getBodyText()).contains(ofSecond).contains("Totaal verschuldigd: €\u00a070,00")
                .doesNotContain(ofFirst.get(0), ofFirst.get(1));
    }

    @Test
    void threeInvoicesRegistered45DaysLateTogetherGetOneLateNotice() throws Exception {
        String customer = newCustomerNumber();
        List<String> three = registerInvoicesOf(customer, START.toLocalDate().minusDays(45), "en", "100.00", "200.00",
                "300.00");
        runDueJobs();

        OutboxMessage email = sharedLetter(three, LetterType.LATE_NOTICE, Channel.EMAIL);
        OutboxMessage post = sharedLetter(three, LetterType.LATE_NOTICE, Channel.POST);
        assertThat(email.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(post.getStatus()).isEqualTo(OutboxStatus.TO_POST);
        assertThat(mails("3 invoices are now at least 45 days overdue")).hasSize(1);
        assertThat(email.getBodyText()).contains(three).contains("late fees of €90.00 in all have been added");
        assertThat(post.getBodyHtml()).contains(three);
        for (String number : three) {
            assertThat(letterTypes(number)).containsExactlyInAnyOrder("LATE_NOTICE/EMAIL", "LATE_NOTICE/POST");
            assertThat(dossierText(number)).contains("ready to post to Jane Debtor");
        }
    }

    /**
     * Invoices registered one at a time in the evening, each overdue: the reminder written for the first waits for
     * the customer's morning, and each later one joins it, so the customer gets one reminder listing all three, not
     * three reminders (the third held back a week by the weekly limit). Before, each registration wrote its own.
     */
    @Test
    void invoicesRegisteredOneAtATimeAfterHoursJoinTheReminderWaitingForTheMorning() throws Exception {
        String customer = newCustomerNumber();
        travelTo(DUE.plusDays(3), 21);
        List<String> numbers = new ArrayList<>();
        for (String amount : List.of("100.00", "250.00", "400.50")) {
            numbers.addAll(registerInvoicesOf(customer, DUE, "en", amount));
            runDueJobs();
        }

        OutboxMessage reminder = sharedLetter(numbers, LetterType.OVERDUE_REMINDER, Channel.EMAIL);
        assertThat(reminder.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(reminder.getBodyText()).contains(numbers).contains("€750.50");
        assertThat(dossierText(numbers.get(2))).contains("joins the letter for invoice " + numbers.get(0)
                + " waiting to go out", "(one letter for invoices " + String.join(", ", numbers.stream().sorted()
                        .toList()) + ")");

        travelTo(DUE.plusDays(4), 8);
        assertThat(letters.releaseHeldBack()).as("one email in the morning").isEqualTo(1);
        assertThat(outbox.findById(reminder.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).startsWith("3 invoices"))
                .toList()).hasSize(1);
        for (String number : numbers) {
            assertThat(letterTypes(number)).containsOnlyOnce("OVERDUE_REMINDER/EMAIL");
            assertThat(dossierText(number)).contains("sent by email");
        }
    }

    @Test
    void aLetterForTheInvoicesACallerNamesListsEachAndIsSentOnce() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE.plusDays(20), "en", "120.00", "80.00", "50.00");
        List<Long> promised = List.of(invoiceId(numbers.get(0)), invoiceId(numbers.get(1)));
        String stepKey = "PROMISE_CONFIRMATION:call-" + customer;

        letters.send(promised, LetterType.PROMISE_CONFIRMATION, stepKey, LetterDetails.deadline(DUE.plusDays(25)));
        letters.send(promised, LetterType.PROMISE_CONFIRMATION, stepKey, LetterDetails.deadline(DUE.plusDays(25)));

        List<MimeMessage> sent = mails("Your payment of 2 invoices on March 30, 2026");
        assertThat(sent).hasSize(1);
        OutboxMessage letter = sharedLetter(numbers.subList(0, 2), LetterType.PROMISE_CONFIRMATION, Channel.EMAIL);
        assertThat(letter.getInvoiceId()).isEqualTo(promised.get(0));
        assertThat(letter.getBodyText()).contains(numbers.get(0), numbers.get(1), "you will pay €200.00")
                .doesNotContain(numbers.get(2));
        assertThat(letters(numbers.get(2), LetterType.PROMISE_CONFIRMATION)).isEmpty();
        assertThat(dossierText(numbers.get(1))).contains("Your payment of 2 invoices on March 30, 2026");

        String stranger = registerInvoicesOf(newCustomerNumber(), DUE, "en", "10.00").get(0);
        assertThatThrownBy(() -> letters.send(List.of(promised.get(0), invoiceId(stranger)),
                LetterType.PROMISE_CONFIRMATION, "PROMISE_CONFIRMATION:mixed", LetterDetails.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not of customer");
        assertThatThrownBy(() -> letters.send(List.of(), LetterType.PROMISE_CONFIRMATION, "x", LetterDetails.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoInvoicesStepsAtTheSameMomentMakeOneLetter() throws Exception {
        for (int round = 0; round < 4; round++) {
            String customer = newCustomerNumber();
            List<String> numbers = registerInvoicesOf(customer, DUE, "en", "10.00", "20.00", "30.00");
            runDueJobs();
            int mailsBefore = MAIL.getReceivedMessages().length;
            // day 1 has come; the invoices' steps run at once on two threads (as on two nodes)
            ClockUtil.setCurrentTime(Date.from(DUE.plusDays(1).atTime(10, 0).atZone(ZONE).toInstant()));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> steps = new ArrayList<>();
            for (String number : List.of(numbers.get(round % 3), numbers.get((round + 1) % 3))) {
                long id = invoiceId(number);
                steps.add(pool.submit(() -> {
                    go.await();
                    letters.send(id, LetterType.OVERDUE_REMINDER, LetterType.OVERDUE_REMINDER.name(),
                            LetterDetails.none());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> step : steps) {
                step.get();
            }
            pool.shutdown();
            runDueJobs();

            OutboxMessage letter = sharedLetter(numbers, LetterType.OVERDUE_REMINDER, Channel.EMAIL);
            assertThat(letter.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(MAIL.getReceivedMessages()).hasSize(mailsBefore + 1);
            assertThat(mails("3 invoices are overdue")).hasSize(round + 1);
            ClockUtil.setCurrentTime(Date.from(START.toInstant()));
        }
    }
}
