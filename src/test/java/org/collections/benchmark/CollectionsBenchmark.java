package org.collections.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.collections.cluster.Node;
import org.junit.jupiter.api.Test;

/**
 * The benchmark ({@code mvn -Pbenchmark verify}): the packaged application against the bare engine running a model
 * of the same shape ({@code BenchmarkBareCase}: start, timer, asynchronous step, user task), in the same node, on
 * the same database and job executor settings, measured side by side in one run; on H2 and on PostgreSQL. Writes
 * {@code target/benchmark/report.md}.
 *
 * <p>Settings (system properties): {@code benchmark.databases} (h2,postgres), {@code benchmark.open-cases} (the
 * largest portfolio measured, 10000; 100000 for the full run), {@code benchmark.waves} (1000,10000),
 * {@code benchmark.postgres-waves} (added on PostgreSQL), {@code benchmark.seconds} (each rate's measuring time, 15),
 * {@code benchmark.samples} (requests per latency, 100), {@code benchmark.phases} (which parts run:
 * registration,waves,portfolio), {@code benchmark.profile} (true: a flight recording of each node in
 * {@code target/benchmark/benchmark-<database>.jfr}), {@code benchmark.statements} (true: on H2, the statements
 * that took the most time in each application wave), {@code benchmark.node-arguments} (comma-separated arguments
 * added to the node's, e.g. {@code --logging.level.org.springframework.orm.jpa.JpaTransactionManager=DEBUG}).
 */
class CollectionsBenchmark {

    static final Path OUTPUT = Path.of("target", "benchmark");

    @Test
    void theApplicationAgainstTheBareEngine() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Report report = new Report();
        report.preface("Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; the packaged jar "
                + "in a JVM of its own (" + String.join(" ", Settings.NODE_JVM) + "), its API and /engine-rest over "
                + "HTTP on loopback. Settings: " + settings + ".");
        report.preface("");
        report.preface("The bare engine runs `BenchmarkBareCase` (start → timer → asynchronous step with a delegate "
                + "that does nothing → user task that a group of its own may work) in the same node, with as many variables as "
                + "a registered case has, the same history level (full) and job executor. The application leaves out "
                + "two kinds of history rows that nothing reads (VariableChangeHistory: a row per change of a variable "
                + "after the case's start, and the history of a task's own variables); the bare engine writes them. "
                + "Rates are per second; latencies are measured one request at a time. Ratios are application ÷ bare "
                + "engine.");
        for (String database : settings.databases()) {
            BenchmarkDatabase db = "postgres".equals(database) ? BenchmarkDatabase.postgres()
                    : BenchmarkDatabase.h2(OUTPUT.resolve("h2"));
            try (Node node = start(db)) {
                new BenchmarkRun(db, node, settings, report.section(db.kind)).run();
            } finally {
                db.drop();
            }
            report.write(OUTPUT.resolve("report.md"));
        }
        report.write(OUTPUT.resolve("report.md"));
        System.out.println(report.markdown());
    }

    /**
     * The packaged jar, launched through Spring Boot's properties launcher so that the bare model and its delegate
     * (copied to a folder of their own, never into the jar) join the class path: the engine deploys the model as it
     * deploys the application's.
     */
    private static Node start(BenchmarkDatabase db) throws Exception {
        Path extra = OUTPUT.resolve("classpath");
        Path model = extra.resolve("processes/BenchmarkBareCase.bpmn");
        Path delegate = extra.resolve("org/collections/benchmark/DoNothing.class");
        Files.createDirectories(model.getParent());
        Files.createDirectories(delegate.getParent());
        Files.copy(Path.of("target/test-classes/benchmark/processes/BenchmarkBareCase.bpmn"), model,
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("target/test-classes/org/collections/benchmark/DoNothing.class"), delegate,
                StandardCopyOption.REPLACE_EXISTING);
        List<String> jvm = new ArrayList<>(Arrays.asList(Settings.NODE_JVM));
        String name = "benchmark-" + db.kind.toLowerCase(Locale.ROOT);
        if (Boolean.getBoolean("benchmark.profile")) {
            // a flight recording of the whole run, to find what costs the most: jfr print --events ExecutionSample
            // deep stacks: at the default 64 frames a request's samples lose the frames that say which request it was
            jvm.add("-XX:FlightRecorderOptions=stackdepth=512");
            jvm.add("-XX:StartFlightRecording=filename=" + OUTPUT.resolve(name + ".jfr").toAbsolutePath()
                    + ",settings=profile,dumponexit=true");
        }
        jvm.addAll(List.of("-Dloader.path=" + extra.toAbsolutePath(), "-cp", Node.jar().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        List<String> arguments = new ArrayList<>(db.nodeSettings());
        arguments.addAll(List.of(
                // every contact allowed at any hour of any day: what is measured is the work, not the calendar
                "--collections.calendar.window-start=00:00",
                "--collections.calendar.window-end=23:59:59.999",
                "--collections.calendar.default-working-week=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                // day-1 timers at the day's last second: an invoice due yesterday waits at its day-1 timer until the
                // wave moves the timer to now (see BenchmarkRun.wave)
                "--collections.policy.contact-hour=23:59:59",
                // an idle job executor looks for due jobs at least every 2 s on both databases; the first wait must
                // be shorter than that, or Camunda's back-off has no idle level at all and polls without pause
                // (with H2's default first wait of 5 s it took a quarter of a core on an idle node)
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000"));
        // e.g. a logger's level, to see which transactions a step opens
        arguments.addAll(Settings.list("benchmark.node-arguments", ""));
        Files.deleteIfExists(OUTPUT.resolve(name + ".log"));
        Node node = Node.start(name, db.url, jvm, arguments, OUTPUT);
        node.awaitUp(java.time.Duration.ofMinutes(4));
        return node;
    }

    /** What to measure, from system properties; the defaults fit a run of about half an hour per database. */
    record Settings(List<String> databases, int openCases, List<Integer> waves, List<Integer> postgresWaves,
            int seconds, int samples, List<String> phases) {

        static final String[] NODE_JVM = {"-Xmx1g", "-Duser.timezone=UTC"};

        static Settings fromSystemProperties() {
            return new Settings(list("benchmark.databases", "h2,postgres"),
                    Integer.parseInt(System.getProperty("benchmark.open-cases", "10000")),
                    numbers("benchmark.waves", "1000,10000"), numbers("benchmark.postgres-waves", ""),
                    Integer.parseInt(System.getProperty("benchmark.seconds", "15")),
                    Integer.parseInt(System.getProperty("benchmark.samples", "100")),
                    list("benchmark.phases", "registration,waves,portfolio"));
        }

        /** A change to one step is profiled faster with only the phase that runs it. */
        boolean runs(String phase) {
            return phases.contains(phase);
        }

        List<Integer> wavesFor(BenchmarkDatabase db) {
            List<Integer> all = new ArrayList<>(waves);
            if (db.isPostgres()) {
                all.addAll(postgresWaves);
            }
            return all;
        }

        static List<String> list(String name, String fallback) {
            String value = System.getProperty(name, fallback).trim();
            return value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
        }

        private static List<Integer> numbers(String name, String fallback) {
            return list(name, fallback).stream().map(Integer::valueOf).toList();
        }
    }
}
