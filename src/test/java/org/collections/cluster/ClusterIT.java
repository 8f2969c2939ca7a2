package org.collections.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database drain a wave of 2,000 day-1 timers that fall due at the same moment.
 * Every case reaches its call task exactly once, every reminder is in the outbox exactly once, no incident; the
 * report says how the wave was shared. Runs with {@code mvn verify -Ppostgres}.
 */
class ClusterIT {

    static final int CASES = 2000;

    @Test
    void twoNodesDrainAWaveOfDayOneTimersTogetherExactlyOnce() throws Exception {
        // five minutes ahead: both nodes start (up to a minute each on a busy machine) and 2,000 invoices are
        // registered before the wave falls due; with three, a CI run whose nodes took 50 s each missed it
        Wave wave = new Wave(CASES, Duration.ofSeconds(300));
        assumeFalse(wave.crossesMidnight(), "the wave would straddle midnight in the business time zone");
        try (Node a = Node.start("node-a", wave.databaseUrl, wave.settings())) {
            // one node creates Camunda's schema; the second finds it
            a.awaitUp(Duration.ofMinutes(3));
            try (Node b = Node.start("node-b", wave.databaseUrl, wave.settings())) {
                b.awaitUp(Duration.ofMinutes(3));
                Duration registering = wave.register(a);
                assertThat(ZonedDateTime.now(Wave.ZONE)).as("registered before the wave falls due")
                        .isBefore(wave.dueAt);
                assertThat(wave.callTasks()).isZero();
                while (ZonedDateTime.now(Wave.ZONE).isBefore(wave.dueAt)) {
                    Thread.sleep(200);
                }
                Duration drained = wave.awaitCallTasks(Duration.ofMinutes(6));
                Thread.sleep(3000);

                assertThat(wave.callTasks()).isEqualTo(CASES);
                assertThat(wave.count("select count(*) from (select proc_inst_id_ from act_ru_task "
                        + "group by proc_inst_id_ having count(*) > 1) twice")).isZero();
                assertThat(wave.count("select count(*) from outbox_message where step_key = 'OVERDUE_REMINDER'"))
                        .isEqualTo(CASES);
                assertThat(wave.count("select count(distinct invoice_id) from outbox_message "
                        + "where step_key = 'OVERDUE_REMINDER'")).isEqualTo(CASES);
                assertThat(wave.count("select count(*) from act_ru_incident")).isZero();
                Map<String, Long> shares = wave.jobsPerNode();
                long total = shares.values().stream().mapToLong(Long::longValue).sum();
                report(registering, drained, shares, total);
                assertThat(shares.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
                // The node that fires a timer is told at once of the step it creates, so shares are uneven (seen
                // here: 15 to 30 % for the second node); each node must still carry a real part of the wave.
                shares.values().forEach(jobs -> assertThat(jobs).as("each node takes part").isGreaterThan(total / 20));
            }
        } finally {
            wave.drop();
        }
    }

    private static void report(Duration registering, Duration drained, Map<String, Long> shares, long total) {
        StringBuilder text = new StringBuilder("\nCluster wave: " + CASES + " cases, day-1 timers due at one moment\n");
        text.append(String.format("  registered through node-a's API in %.1f s (%.0f invoices/s)%n",
                registering.toMillis() / 1000.0, CASES * 1000.0 / registering.toMillis()));
        text.append(String.format("  wave drained in %.1f s after it fell due: %d jobs, %.0f jobs/s%n",
                drained.toMillis() / 1000.0, total, total * 1000.0 / Math.max(1, drained.toMillis())));
        shares.forEach((node, jobs) -> text.append(String.format("  %s ran %d jobs (%.1f%%)%n", node, jobs,
                100.0 * jobs / total)));
        System.out.print(text);
        ClusterReport.append(text.toString());
    }
}
