package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.junit.jupiter.api.Test;

/** A mail server that is down: the send step retries, raises an incident, and sends exactly once when back. */
class MailOutageTest extends CaseTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    LetterService letters;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSendStepRetriesRaisesAnIncidentAndSendsExactlyOnceWhenTheServerIsBack() throws Exception {
        LocalDate due = LocalDate.of(2026, 3, 5);
        String number = newNumber();
        ProcessInstance pi = register(number, "500.00", due);
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.EVENT_DAY1_REACHED);
        MAIL.stop();
        try {
            travelTo(due.plusDays(1), 9);
            for (int minutes = 5; minutes <= 30; minutes += 5) {
                travelTo(due.plusDays(1).atTime(9, minutes).atZone(ZONE));
            }
        } finally {
            MAIL.start();
        }
        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(pi.getId()).list();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getActivityId()).isEqualTo(CollectionProcess.TASK_SEND_OVERDUE_REMINDER);
        OutboxMessage waiting = outbox.findByInvoiceIdAndStepKeyAndChannel(invoiceId(number), "OVERDUE_REMINDER",
                Channel.EMAIL).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(3);
        assertThat(waiting.getLastError()).isNotBlank();

        Job failed = management.createJobQuery().processInstanceId(pi.getId()).withException().singleResult();
        management.setJobRetries(failed.getId(), 1);
        runDueJobs();

        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(outbox.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
        long overdueMails = java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).equals("Invoice " + number + " is overdue")).count();
        assertThat(overdueMails).isEqualTo(1);

        // a retried step finds its message in the outbox and sends nothing again
        letters.send(invoiceId(number), LetterType.OVERDUE_REMINDER, "OVERDUE_REMINDER", LetterDetails.none());
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).equals("Invoice " + number + " is overdue")).count()).isEqualTo(1);
    }

    @Test
    void aSendInterruptedByAStoppedNodeIsNeverSentAgainButMarkedForAPerson() throws Exception {
        LocalDate due = LocalDate.of(2026, 3, 5);
        String number = newNumber();
        register(number, "500.00", due);
        runDueJobs();
        OutboxMessage reminder = outbox.findByInvoiceIdAndStepKeyAndChannel(invoiceId(number), "PRE_DUE_REMINDER",
                Channel.EMAIL).orElseThrow();
        assertThat(reminder.getStatus()).isEqualTo(OutboxStatus.SENT);
        long mails = MAIL.getReceivedMessages().length;

        // a node was killed after claiming the next message and before marking it sent
        letters.send(invoiceId(number), LetterType.OVERDUE_REMINDER, "OVERDUE_REMINDER-CRASH", LetterDetails.none());
        OutboxMessage crashed = outbox.findByInvoiceIdAndStepKeyAndChannel(invoiceId(number), "OVERDUE_REMINDER-CRASH",
                Channel.EMAIL).orElseThrow();
        jdbc.update("update outbox_message set status = 'SENDING' where id = ?", crashed.getId());
        mails = MAIL.getReceivedMessages().length;

        letters.send(invoiceId(number), LetterType.OVERDUE_REMINDER, "OVERDUE_REMINDER-CRASH", LetterDetails.none());
        assertThat(MAIL.getReceivedMessages()).hasSize((int) mails);
        assertThat(outbox.findById(crashed.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.UNCERTAIN);
        assertThat(invoiceView(number).get("dossier").toString()).contains("may not have gone out");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
