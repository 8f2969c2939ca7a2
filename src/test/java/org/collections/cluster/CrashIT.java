package org.collections.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node is killed ({@code kill -9}) in the middle of a wave and started again: every case still reaches its next
 * step exactly once, and no message goes out twice. Mail goes to a real SMTP server in this JVM.
 */
class CrashIT {

    static final int CASES = 2000;

    @Test
    void aNodeKilledMidWaveLosesNothingAndSendsNothingTwice() throws Exception {
        Wave wave = new Wave(CASES, Duration.ofSeconds(300));
        assumeFalse(wave.crossesMidnight(), "the wave would straddle midnight in the business time zone");
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        mail.start();
        String[] settings = java.util.stream.Stream.concat(java.util.Arrays.stream(wave.settings()),
                java.util.stream.Stream.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort))
                .toArray(String[]::new);
        try (Node a = Node.start("node-a", wave.databaseUrl, settings)) {
            a.awaitUp(Duration.ofMinutes(3));
            try (Node b = Node.start("node-b", wave.databaseUrl, settings)) {
                b.awaitUp(Duration.ofMinutes(3));
                wave.register(a);
                while (ZonedDateTime.now(Wave.ZONE).isBefore(wave.dueAt)) {
                    Thread.sleep(200);
                }
                // kill node-b in the thick of it: a third of the wave done and node-b busy with its share (or,
                // should node-b get little of the wave, at the latest when three fifths are done)
                long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (wave.callTasks() < CASES * 3L / 10
                        || (wave.jobsPerNode().getOrDefault("node-b", 0L) < 100 && wave.callTasks() < CASES * 6L / 10)) {
                    assertThat(System.nanoTime()).as("the wave reached a third within 5 minutes").isLessThan(giveUp);
                    Thread.sleep(100);
                }
                long atKill = wave.callTasks();
                long nodeBJobs = wave.jobsPerNode().getOrDefault("node-b", 0L);
                b.kill();
                long sentAtKill = mail.getReceivedMessages().length;
                b.launch();
                b.awaitUp(Duration.ofMinutes(3));
                Duration drained = wave.awaitCallTasks(Duration.ofMinutes(6));
                Thread.sleep(3000);

                assertThat(wave.callTasks()).isEqualTo(CASES);
                assertThat(wave.count("select count(*) from (select proc_inst_id_ from act_ru_task "
                        + "group by proc_inst_id_ having count(*) > 1) twice")).isZero();
                assertThat(wave.count("select count(*) from act_ru_incident")).isZero();
                assertThat(wave.count("select count(*) from outbox_message where step_key = 'OVERDUE_REMINDER'"))
                        .isEqualTo(CASES);

                Map<String, Long> perMessage = Arrays.stream(mail.getReceivedMessages())
                        .collect(Collectors.groupingBy(CrashIT::messageId, Collectors.counting()));
                long duplicates = perMessage.values().stream().filter(n -> n > 1).count();
                long sent = wave.count("select count(*) from outbox_message where step_key = 'OVERDUE_REMINDER' "
                        + "and status = 'SENT'");
                long uncertain = wave.count("select count(*) from outbox_message where step_key = 'OVERDUE_REMINDER' "
                        + "and status = 'UNCERTAIN'");
                String text = String.format("%nCrash: node-b killed (kill -9) at %d of %d call tasks, after %d jobs of "
                        + "its own, %d emails received; restarted; wave complete %.1f s after node-b was back%n"
                        + "  emails received %d, each once: %s; outbox SENT %d, UNCERTAIN (interrupted mid-send, "
                        + "flagged, not resent) %d%n  jobs per node: %s%n",
                        atKill, CASES, nodeBJobs, sentAtKill, drained.toMillis() / 1000.0, perMessage.size(),
                        duplicates == 0, sent, uncertain, wave.jobsPerNode());
                System.out.print(text);
                ClusterReport.append(text);

                assertThat(duplicates).as("emails received twice").isZero();
                assertThat(sent + uncertain).as("every reminder sent or flagged, none silently lost").isEqualTo(CASES);
                // an UNCERTAIN message may or may not have reached the server before the kill: that is why a
                // person checks it instead of the application sending it again
                assertThat((long) perMessage.size()).isBetween(sent, sent + uncertain);
            }
        } finally {
            mail.stop();
            wave.drop();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
