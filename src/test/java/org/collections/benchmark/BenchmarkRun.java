package org.collections.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collections.cluster.Node;

/** One database's benchmark: every measurement, application and bare engine side by side, into one report section. */
final class BenchmarkRun {

    static final String BARE = "BenchmarkBareCase";
    static final String AGENT = "benchagent";
    static final String AGENT_PASSWORD = "Kx7#pLm2-Qz9w!";
    /**
     * The bare tasks' group and its one user, who may read and work every task of the bare model, as agents may every
     * call task (AgentTaskAuthorizations). A candidate group on the bare tasks would give each the engine's per-task
     * authorization rows, which the application avoids and which slow down every task query that checks them.
     */
    static final String WORKERS = "benchmark-workers";
    static final String WORKER = "benchworker";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final int BATCH_ROWS = 500;
    /** 10,000 cases */
    private static final int ANALYZE_EVERY_BATCHES = 20;
    private static final int WARM_UP_WAVE = 200;
    /** what Tasklist asks a filter for by default: newest first, after the filter's own order */
    private static final String TASKLIST_SORTING = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    /** the fewest cases between two portfolio sizes for the heap's slope to count against the target */
    private static final int MIN_SLOPE_SPAN = 50_000;
    /** the fewest cases between the portfolio's two sizes: fewer, and the database's slope is noise */
    private static final long MIN_SIZE_STEP = 5_000;
    /** whether H2 counts the statements of the application's waves (a little slower; for finding what to fix) */
    private static final boolean STATEMENTS = Boolean.getBoolean("benchmark.statements");
    private static final String OPEN_CASES = "select count(*) from act_ru_execution e join act_re_procdef d "
            + "on e.proc_def_id_ = d.id_ where e.parent_id_ is null and d.key_ = ?";
    /**
     * The tasks of a wave, counted ten times a second while it drains: by the index on the creation time, so that the
     * counting reads only the wave's new tasks and the scan figures show the application's reads, not the benchmark's.
     */
    private static final String TASKS_SINCE =
            "select count(*) from act_ru_task where create_time_ >= ? and task_def_key_ = ?";

    private final BenchmarkDatabase db;
    private final Node node;
    private final CollectionsBenchmark.Settings settings;
    private final Report.Section out;
    private final Http admin;
    private final Http agent;
    private final Http worker;
    private final LocalDate today = LocalDate.now(ZONE);
    private final AtomicLong sequence = new AtomicLong();
    private final Random random = new Random(42);
    private int variables;
    private double singleRate;
    private double bareStartRate;

    BenchmarkRun(BenchmarkDatabase db, Node node, CollectionsBenchmark.Settings settings, Report.Section out) {
        this.db = db;
        this.node = node;
        this.settings = settings;
        this.out = out;
        this.admin = new Http(node::url, Node.ADMIN, Node.ADMIN_PASSWORD);
        this.agent = new Http(node::url, AGENT, AGENT_PASSWORD);
        this.worker = new Http(node::url, WORKER, AGENT_PASSWORD);
    }

    void run() throws Exception {
        note("Load average of the machine (1, 5, 15 min) at the start: " + loadAverage()
                + "; other work on the machine makes every figure worse, the ratios less so.");
        createAgent();
        if (!db.analyze()) {
            note("Autovacuum is off on this database server; the benchmark brings the planner's statistics up to date "
                    + "(ANALYZE) before each measurement, as autovacuum does in production.");
        }
        machineLimit();
        variables = variablesOfARegisteredCase();
        note("A registered case holds " + variables + " variables; each bare case is started with as many.");
        if (settings.runs("registration")) {
            registration();
        }
        if (settings.runs("waves")) {
            // warm-up: the first letters, calls and tasks of this node compile their code; not counted
            wave(WARM_UP_WAVE, false);
            for (int size : settings.wavesFor(db)) {
                wave(size, true);
            }
        }
        if (settings.runs("portfolio")) {
            portfolio();
        }
        long incidents = db.count("select count(*) from act_ru_incident");
        note("Incidents at the end of the run: " + incidents + ". Load average at the end: " + loadAverage() + ".");
    }

    /**
     * Heap, database size and latencies at each portfolio size: a tenth of the open cases asked for and all of
     * them, or, when the registrations and waves before have opened more, where they left it and
     * {@link #MIN_SIZE_STEP} more, so that there is always a second size and a slope between the two.
     */
    private void portfolio() throws Exception {
        long open = openApplicationCases();
        List<Long> checkpoints = new ArrayList<>();
        if (settings.openCases() >= 10_000) {
            long first = Math.max(open, settings.openCases() / 10);
            checkpoints.add(first);
            checkpoints.add(Math.max(settings.openCases(), first + MIN_SIZE_STEP));
        } else {
            checkpoints.add(Math.max(open, settings.openCases()));
        }
        if (checkpoints.get(checkpoints.size() - 1) > settings.openCases()) {
            note("The portfolio is measured at " + checkpoints + " open cases instead of " + settings.openCases()
                    + ": the registrations and waves before had opened " + open + ".");
        }
        long bytesBefore = -1;
        long casesBefore = -1;
        double heapBefore = -1;
        for (long target : checkpoints) {
            fillTo(target);
            long cases = openApplicationCases();
            long bytes = db.bytes();
            String histogram = jcmd("GC.class_histogram");
            double heap = liveHeap(histogram);
            row("Live heap after a full GC at " + cases + " open cases (class histogram)", Report.number(heap, "MB"),
                    "", "", "< 512 MB", Report.met(heap < 512));
            note("Largest classes in the heap at " + cases + " open cases (jcmd GC.class_histogram): "
                    + largestClasses(histogram, 8) + ".");
            row("Database at " + cases + " open cases (all cases, application and bare)",
                    Report.number(bytes / 1e6, "MB"), "", "", "", "");
            if (casesBefore >= 0) {
                double bytesPerCase = (bytes - bytesBefore) / (double) (cases - casesBefore);
                double heapPerCase = (heap - heapBefore) * 1e6 / (cases - casesBefore);
                row("Slope from " + casesBefore + " to " + cases + " open cases: database per added case",
                        Report.number(bytesPerCase / 1e3, "KB"), "", "", "", "");
                // over a few thousand cases the caches still filling (H2's pages, Hibernate's and Camunda's) outweigh
                // any growth per case: 7 MB over 5,900 cases read as 1.4 GB at a million
                boolean span = cases - casesBefore >= MIN_SLOPE_SPAN;
                row("Slope: heap per added case; heap at 1,000,000 open cases on paper",
                        Report.number(heapPerCase, "bytes") + "; " + Report.number(heap + heapPerCase
                                * (1_000_000 - cases) / 1e6, "MB"), "", "", "< 512 MB",
                        span ? Report.met(heap + heapPerCase * (1_000_000 - cases) / 1e6 < 512)
                                : "n/a (under " + MIN_SLOPE_SPAN + " cases apart)");
                row("Database at 1,000,000 open cases on paper", Report.number((bytes + bytesPerCase
                        * (1_000_000 - cases)) / 1e9, "GB"), "", "", "", "");
            }
            latencies(cases);
            bytesBefore = bytes;
            casesBefore = cases;
            heapBefore = heap;
        }
    }

    // ---- the machine's own limit

    private void machineLimit() throws Exception {
        double one = db.singleRowCommitsPerSecond(1, 5);
        double four = db.singleRowCommitsPerSecond(4, 5);
        row("Machine: single-row commits per second (JDBC), 1 / 4 threads", Report.number(one, "") + " / "
                + Report.number(four, ""), "", "", "", "");
    }

    // ---- registration

    private void registration() throws Exception {
        // warm-up: the JIT, the caches and the pools of both paths, not counted
        rate(4, Duration.ofSeconds(Math.max(5, settings.seconds() / 2)), i -> registerFuture("R"));
        rate(4, Duration.ofSeconds(Math.max(5, settings.seconds() / 2)), i -> startBare(inDays(30)));
        for (int threads : new int[] {1, 4, 8}) {
            db.analyze();
            long bytes0 = db.bytes();
            Map<String, Long> tables0 = db.bytesPerTable();
            long app0 = sequence.get();
            Duration appCpu0 = nodeCpu();
            double app = rate(threads, seconds(), i -> registerFuture("R"));
            Duration appCpu = nodeCpu().minus(appCpu0);
            long bytes1 = db.bytes();
            Map<String, Long> tables1 = db.bytesPerTable();
            long appCases = sequence.get() - app0;
            long bare0 = db.count(OPEN_CASES, BARE);
            Duration bareCpu0 = nodeCpu();
            double bare = rate(threads, seconds(), i -> startBare(inDays(30)));
            Duration bareCpu = nodeCpu().minus(bareCpu0);
            long bytes2 = db.bytes();
            Map<String, Long> tables2 = db.bytesPerTable();
            long bareCases = db.count(OPEN_CASES, BARE) - bare0;
            row("Registration, " + threads + " client thread" + (threads == 1 ? "" : "s")
                    + " (cases/s; app: POST /api/invoices, bare: POST /engine-rest/.../start)",
                    Report.number(app, "/s"), Report.number(bare, "/s"), Report.ratio(app, bare), "≥ 0.80×",
                    Report.met(app / bare >= 0.8));
            if (threads == 4) {
                singleRate = app;
                bareStartRate = bare;
                note("CPU time of the node per case in the 4-thread registration (" + (db.isPostgres()
                        ? "without PostgreSQL's own" : "with H2's") + "): application " + cpuPerCase(appCpu, appCases)
                        + ", bare engine " + cpuPerCase(bareCpu, bareCases) + " (" + Report.ratio(appCpu.toNanos()
                                / (double) appCases, bareCpu.toNanos() / (double) bareCases) + ").");
                if (app / bare < 0.8) {
                    unmet("**Registration** (" + Report.ratio(app, bare) + " the bare start with 4 threads, target "
                            + "0.80×). Why: the node spends " + cpuPerCase(appCpu, appCases) + " of CPU on a "
                            + "registration and " + cpuPerCase(bareCpu, bareCases) + " on a bare start. Besides the "
                            + "same start of one case with as many variables, a registration validates the invoice "
                            + "and its customer, opens or updates the customer account, stores the invoice, its claim "
                            + "and its dossier, plans the dunning schedule in the customer's calendar and answers with "
                            + "the case's view (stage, balance, next step). What it would take: all of that in under a "
                            + "quarter of the engine's start, " + cpuPerCase(bareCpu.dividedBy(4), bareCases)
                            + "; answering 202 with the invoice's address instead of its view would save the view, "
                            + "the rest is the work the application exists for.");
                }
                double appBytes = (bytes1 - bytes0) / (double) appCases;
                double bareBytes = (bytes2 - bytes1) / (double) bareCases;
                row("Database bytes per case waiting at its first timer (growth over the 4-thread run)",
                        Report.number(appBytes / 1e3, "KB"), Report.number(bareBytes / 1e3, "KB"),
                        Report.ratio(appBytes, bareBytes), "≤ 2.00×", Report.met(appBytes / bareBytes <= 2));
                if (!tables0.isEmpty()) {
                    note("Where a case's bytes go (growth per case over the 4-thread run, largest tables): application "
                            + largest(tables0, tables1, appCases) + "; bare engine " + largest(tables1, tables2,
                                    bareCases) + ".");
                }
            }
        }
        db.analyze();
        double batch = rate(4, seconds(), i -> registerBatch("B", BATCH_ROWS, inDays(30), false)) * BATCH_ROWS;
        row("Bulk registration: POST /api/invoices/batch, " + BATCH_ROWS + " rows per call, 4 threads (cases/s)",
                Report.number(batch, "/s"), Report.number(bareStartRate, "/s") + " (single starts, 4 threads)",
                Report.ratio(batch, singleRate) + " of single calls; " + Report.ratio(batch, bareStartRate)
                        + " of the bare engine's starts", "≥ 3.00× single", Report.met(batch / singleRate >= 3));
        note("Each row of a batch still starts its own case in the engine, as a bare start does. The target, 3× the "
                + "single registrations, is " + Report.ratio(3 * singleRate, bareStartRate) + " the bare engine's own "
                + "starts through /engine-rest (4 threads).");
        if (batch / singleRate < 3) {
            unmet("**Bulk registration** (" + Report.ratio(batch, singleRate) + " the single calls, target 3×). Why: "
                    + "each row starts its own case in the engine; the batch already runs at " + Report.ratio(batch,
                            bareStartRate) + " the bare engine's own single starts, and 3× the single calls would be "
                    + Report.ratio(3 * singleRate, bareStartRate) + " of them. What it would take: starting a case "
                    + "for less than the engine's own start, e.g. an invoice that waits weeks for its first step "
                    + "kept in the application's tables and its case started when that step falls due; Cockpit would "
                    + "then not show the invoices still waiting.");
        }
    }

    private static String largest(Map<String, Long> before, Map<String, Long> after, long cases) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (double) cases))
                .filter(e -> e.getValue() >= 100).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(10).map(e -> e.getKey() + " " + Report.number(e.getValue() / 1e3, "KB"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    // ---- the timer wave

    private void wave(int size, boolean report) throws Exception {
        String prefix = (report ? "W" : "WU") + size + "-";
        // every case due yesterday: its day-1 timer waits for the contact hour, the day's last second, until the
        // wave moves it to now
        LocalDate day = LocalDate.now(ZONE);
        registerInBatches(prefix, size, day.minusDays(1));
        parallel(8, size, i -> startBare(ZonedDateTime.of(day, java.time.LocalTime.of(23, 59, 59), ZONE),
                "B" + prefix + i));
        awaitQuiet();
        db.analyze();
        Map<String, Long> rows0 = report ? db.rowsPerTable() : Map.of();
        Map<String, Long> scans0 = db.rowsScanned();
        if (report && STATEMENTS) {
            db.countStatements();
        }
        Timestamp appStart = Timestamp.from(java.time.Instant.now());
        Duration appCpu0 = nodeCpu();
        double app = drain(size, "CollectionProcess", prefix, "%Event_Day1Reached%", "Task_CallCustomer");
        Duration appCpu = nodeCpu().minus(appCpu0);
        Timestamp appEnd = Timestamp.from(java.time.Instant.now());
        awaitQuiet();
        Map<String, Long> scans1 = db.rowsScanned();
        List<String[]> statements = report && STATEMENTS ? db.costliestStatements(100) : List.of();
        if (!statements.isEmpty()) {
            writeStatements(db.kind + "-wave-" + size, statements, size);
        }
        Map<String, Long> rows1 = report ? db.rowsPerTable() : Map.of();
        Timestamp bareStart = Timestamp.from(java.time.Instant.now());
        Duration bareCpu0 = nodeCpu();
        double bare = drain(size, BARE, "B" + prefix, "%Event_DueReached%", "Task_Work");
        Duration bareCpu = nodeCpu().minus(bareCpu0);
        Timestamp bareEnd = Timestamp.from(java.time.Instant.now());
        awaitQuiet();
        if (!report) {
            return;
        }
        Map<String, Long> rows2 = db.rowsPerTable();
        note("CPU time of the node per case in the wave of " + size + " (until every task exists; "
                + (db.isPostgres() ? "without PostgreSQL's own" : "with H2's, which runs inside the node") + "): "
                + "application " + cpuPerCase(appCpu, size) + ", bare engine " + cpuPerCase(bareCpu, size) + " ("
                + Report.ratio(appCpu.toNanos(), bareCpu.toNanos()) + "). Compare runs on a quiet machine: other work "
                + "on it raised both (bare 5.0 ms on a quiet machine, 7.5 ms beside a PostgreSQL dropping a database).");
        note("Jobs run per case in the wave of " + size + ": application " + jobsPerCase(appStart, appEnd, size)
                + "; bare engine " + jobsPerCase(bareStart, bareEnd, size) + ".");
        note("Rows added per case by the wave of " + size + " (net, all tables): application " + rowsPerCase(rows0,
                rows1, size) + "; bare engine " + rowsPerCase(rows1, rows2, size) + ".");
        scans("the application's wave of " + size, scans0, scans1, size);
        if (!statements.isEmpty()) {
            note("Statements that took the most time in the application's wave of " + size + " (H2, per case: ms, "
                    + "executions, rows answered; with -Dbenchmark.statements=true; all of them in statements-*.tsv): "
                    + statements.stream().limit(12)
                    .map(st -> String.format(Locale.ROOT, "%.2f ms, %.2f×, %.1f rows: `%s`",
                            Double.parseDouble(st[0]) / size, Double.parseDouble(st[1]) / size,
                            Double.parseDouble(st[2]) / size, shortened(st[3])))
                    .collect(java.util.stream.Collectors.joining("; ")) + ".");
        }
        row("Timer wave of " + size + " cases due at once: until every call task exists (cases/s)",
                Report.number(app, "/s"), Report.number(bare, "/s"), Report.ratio(app, bare), "≥ 0.75×",
                Report.met(app / bare >= 0.75));
        if (app / bare < 0.75) {
            unmet("**Timer wave of " + size + "** (" + Report.ratio(app, bare) + " the bare drain, target 0.75×). "
                    + "Why: the wave is bound by the CPU, and the node spends " + cpuPerCase(appCpu, size)
                    + " per case against the bare engine's " + cpuPerCase(bareCpu, size) + ". For each case the "
                    + "application runs the day-1 timer and the reminder's step as the bare engine runs its two "
                    + "jobs, and besides: renders the reminder with its payment code and stores it in the outbox in "
                    + "a transaction of its own (so that a crash never sends it twice), starts the call "
                    + "(InvoiceCallProcess) and the customer's contact case, creates the call task with its "
                    + "briefing and priority; it adds " + String.format(Locale.ROOT, "%.1f", addedPerCase(rows0, rows1, size))
                    + " rows per case where the bare engine adds "
                    + String.format(Locale.ROOT, "%.1f", addedPerCase(rows1, rows2, size))
                    + ". What it would take: fewer process instances per call (the call as a task of the customer's "
                    + "contact case instead of a process of its own per invoice and stage), the letter rendered when "
                    + "it is sent instead of when it is written, and the call task's briefing as one variable; each "
                    + "changes what the models or Tasklist show, and none closes a gap of "
                    + Report.ratio(appCpu.toNanos(), bareCpu.toNanos()) + " alone.");
        }
    }

    /** Every statement H2 counted, per case, into {@code target/benchmark/statements-<name>.tsv}: what to cut next. */
    private static void writeStatements(String name, List<String[]> statements, int cases) throws java.io.IOException {
        StringBuilder tsv = new StringBuilder("ms per case\texecutions per case\trows per case\tstatement\n");
        for (String[] st : statements) {
            tsv.append(String.format(Locale.ROOT, "%.3f\t%.2f\t%.1f\t%s%n", Double.parseDouble(st[0]) / cases,
                    Double.parseDouble(st[1]) / cases, Double.parseDouble(st[2]) / cases,
                    st[3].replaceAll("\\s+", " ")));
        }
        java.nio.file.Files.writeString(CollectionsBenchmark.OUTPUT.resolve("statements-" + name.toLowerCase(Locale.ROOT)
                + ".tsv"), tsv);
    }

    /** The node's CPU time so far, all threads (the operating system's count, as {@code top} shows it). */
    private Duration nodeCpu() {
        return ProcessHandle.of(node.pid()).flatMap(h -> h.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("the node's CPU time cannot be read"));
    }

    private static String cpuPerCase(Duration cpu, long cases) {
        return String.format(Locale.ROOT, "%.1f ms", cpu.toNanos() / 1e6 / cases);
    }

    /** A statement's text on one line, cut after 240 characters (the engine's select lists are long). */
    private static String shortened(String sql) {
        String line = sql.replaceAll("\\s+", " ").replace('`', '\'');
        return line.length() <= 240 ? line : line.substring(0, 240) + " …";
    }

    /** Moves the wave's timers to now in one statement and answers cases per second until every task exists. */
    private double drain(int size, String processKey, String businessKeyPrefix, String timer, String task)
            throws Exception {
        // the engine stores the creation time in whole milliseconds; a task of the wave is never created before this
        Timestamp since = Timestamp.from(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        long start = System.nanoTime();
        int moved = db.update("update act_ru_job set duedate_ = ? where handler_cfg_ like ? and process_instance_id_ in "
                + "(select e.id_ from act_ru_execution e join act_re_procdef d on e.proc_def_id_ = d.id_ "
                + "where e.parent_id_ is null and d.key_ = ? and e.business_key_ like ?)",
                Timestamp.from(java.time.Instant.now().minusSeconds(1)), timer, processKey, businessKeyPrefix + "%");
        if (moved != size) {
            throw new IllegalStateException("the wave of " + processKey + " has " + moved + " timers, not " + size);
        }
        long deadline = start + Duration.ofHours(2).toNanos();
        while (db.count(TASKS_SINCE, since, task) < size) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the wave of " + processKey + " did not drain within two hours");
            }
            Thread.sleep(100);
        }
        return size / ((System.nanoTime() - start) / 1e9);
    }

    /** Jobs that ran to success between two moments, per case, by model and step: where a wave's work goes. */
    private String jobsPerCase(Timestamp from, Timestamp to, int cases) throws Exception {
        Map<String, Long> jobs = db.counts("select process_def_key_ || ' ' || act_id_ || ' (' || job_def_type_ || ')', "
                + "count(*) from act_hi_job_log where job_state_ = 2 and timestamp_ between ? and ? "
                + "group by process_def_key_, act_id_, job_def_type_ order by count(*) desc", from, to);
        long total = jobs.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%.2f", total / (double) cases) + " (" + jobs.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue() / (double) cases))
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    private static String rowsPerCase(Map<String, Long> before, Map<String, Long> after, int cases) {
        return perCase(before, after, cases, 0);
    }

    /** Growth per case between two counts, all tables together. */
    private static double addedPerCase(Map<String, Long> before, Map<String, Long> after, int cases) {
        return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum()
                / (double) cases;
    }

    /** Per case, by table, the growth between two counts of at least {@code least} per case, largest first. */
    private static String perCase(Map<String, Long> before, Map<String, Long> after, int cases, double least) {
        Map<String, Long> added = new java.util.HashMap<>();
        after.forEach((table, rows) -> added.put(table, rows - before.getOrDefault(table, 0L)));
        return String.format(Locale.ROOT, "%.1f", addedPerCase(before, after, cases)) + " (" + added.entrySet().stream()
                .filter(e -> e.getValue() != 0 && Math.abs(e.getValue()) >= least * cases)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue() / (double) cases))
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /**
     * On PostgreSQL, notes the tables that the work read whole: at least 100 rows per case by sequential scan, a
     * query that a missing index makes grow with the business.
     */
    private void scans(String what, Map<String, Long> before, Map<String, Long> after, int cases) {
        if (!after.isEmpty()) {
            note("Rows read by sequential scans per case in " + what + " (tables with 100 or more): "
                    + perCase(before, after, cases, 100) + ".");
        }
    }

    /** Waits until no job is due (the reminders sent, the calls planned): the next measurement starts on a calm node. */
    private void awaitQuiet() throws Exception {
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (db.count("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                + "and (duedate_ is null or duedate_ <= ?)", Timestamp.from(java.time.Instant.now())) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("jobs still due after an hour");
            }
            Thread.sleep(500);
        }
    }

    // ---- the portfolio

    /** Registers invoices in batches until {@code target} cases are open: half due within weeks, half overdue. */
    private void fillTo(long target) throws Exception {
        long missing = target - openApplicationCases();
        if (missing <= 0) {
            return;
        }
        int batches = (int) ((missing + BATCH_ROWS - 1) / BATCH_ROWS);
        long start = System.nanoTime();
        parallel(4, batches, b -> {
            // as autovacuum would as the tables grow: at each doubling while they are small, then every 10,000
            // cases; with stale statistics PostgreSQL plans the fill's own look-ups for empty tables (a fill to
            // 10,000 cases that never refreshed them ran at 15 cases/s, with refreshes every 90 s at 28)
            if (b > 0 && (Integer.bitCount(b) == 1 || b % ANALYZE_EVERY_BATCHES == 0)) {
                analyzeQuietly();
            }
            registerBatch("F", BATCH_ROWS, b % 2 == 0 ? inDays(3 + b % 40) : today.minusDays(2 + b % 24), false);
        });
        double rate = batches * (double) BATCH_ROWS / ((System.nanoTime() - start) / 1e9);
        awaitQuiet();
        double total = batches * (double) BATCH_ROWS / ((System.nanoTime() - start) / 1e9);
        note("Filled to " + openApplicationCases() + " open cases by batch: " + Report.number(rate, "/s")
                + " registered, " + Report.number(total, "/s") + " until their first steps had run (half of them "
                + "overdue, each with its reminder and call).");
    }

    private void analyzeQuietly() {
        try {
            db.analyze();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("ANALYZE failed", e);
        }
    }

    private void latencies(long cases) throws Exception {
        db.analyze();
        String filter = filterId("Calls to make");
        Latencies agentList = sample(() -> agent.ok(agent.post("/engine-rest/filter/" + filter
                + "/list?firstResult=0&maxResults=15", TASKLIST_SORTING), "the agent's Calls to make"));
        Latencies agentCount = sample(() -> agent.ok(agent.get("/engine-rest/filter/" + filter + "/count"),
                "the agent's count"));
        Latencies adminList = sample(() -> admin.ok(admin.post("/engine-rest/filter/" + filter
                + "/list?firstResult=0&maxResults=15", TASKLIST_SORTING), "the administrator's Calls to make"));
        Latencies bareList = sample(() -> worker.ok(worker.get("/engine-rest/task?processDefinitionKey=" + BARE
                + "&sortBy=priority&sortOrder=desc&firstResult=0&maxResults=15"),
                "the worker's bare tasks"));
        String at = " at " + cases + " open cases";
        row("Tasklist \"Calls to make\", first page as an agent" + at, agentList.toString(), bareList.toString()
                + " (task query)", Report.ratio(agentList.p99(), bareList.p99()) + " (p99)", "p99 < 200 ms",
                Report.met(agentList.p99() < 200));
        row("Tasklist \"Calls to make\", count as an agent" + at, agentCount.toString(), "", "", "p99 < 200 ms",
                Report.met(agentCount.p99() < 200));
        slowest("The agent's \"Calls to make\"" + at, agentList, 200);
        slowest("The agent's count of \"Calls to make\"" + at, agentCount, 200);
        row("Tasklist \"Calls to make\", first page as an administrator" + at, adminList.toString(), "", "", "", "");
        int pages = (int) Math.max(1, Math.min(200, cases / 50));
        Latencies portfolio = sample(() -> admin.ok(admin.get("/api/invoices?page=" + random.nextInt(pages)
                + "&size=50"), "the portfolio"));
        row("Portfolio GET /api/invoices, 50 per page" + at, portfolio.toString(), "", "", "", "");
        // each measurement on a quiet node: the steps that the previous one started run first
        awaitQuiet();
        // chosen before the scans are counted: listing the portfolio reads the whole table for its totals
        JsonNode toPay = admin.ok(admin.get("/api/invoices?status=OPEN&page=" + random.nextInt(10) + "&size="
                + settings.samples()), "open invoices").json().get("invoices");
        Map<String, Long> scans0 = db.rowsScanned();
        Latencies completion = completeCalls();
        Latencies bareCompletion = completeBareTasks();
        row("Task completion: an agent records an unanswered call / completes the bare task" + at,
                completion.toString(), bareCompletion.toString(), Report.ratio(completion.p99(), bareCompletion.p99())
                        + " (p99)", "", "");
        awaitQuiet();
        Latencies payments = payInFull(toPay);
        awaitQuiet();
        scans("each completed call and payment with the steps they started" + at, scans0, db.rowsScanned(),
                completion.count() + payments.count());
        row("Payment in full that ends a case (POST /api/invoices/{n}/payments)" + at, payments.toString(), "", "",
                "p99 < 100 ms", Report.met(payments.p99() < 100));
        slowest("Payment in full" + at, payments, 100);
    }

    private Latencies completeCalls() {
        Latencies latencies = new Latencies();
        for (JsonNode task : admin.ok(admin.get("/engine-rest/task?taskDefinitionKey=Task_CallCustomer&maxResults="
                + settings.samples()), "call tasks").json()) {
            String id = task.get("id").asText();
            agent.ok(agent.post("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + AGENT + "\"}"), "claim");
            latencies.add(agent.ok(agent.post("/engine-rest/task/" + id + "/submit-form",
                    "{\"variables\":{\"callOutcome\":{\"value\":\"NO_ANSWER\"}}}"), "record a call").millis());
        }
        return latencies;
    }

    private Latencies completeBareTasks() {
        Latencies latencies = new Latencies();
        for (JsonNode task : admin.ok(admin.get("/engine-rest/task?processDefinitionKey=" + BARE + "&maxResults="
                + settings.samples()), "bare tasks").json()) {
            String id = task.get("id").asText();
            worker.ok(worker.post("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + WORKER + "\"}"), "claim");
            latencies.add(worker.ok(worker.post("/engine-rest/task/" + id + "/complete", "{}"), "complete").millis());
        }
        return latencies;
    }

    private Latencies payInFull(JsonNode open) {
        Latencies latencies = new Latencies();
        for (JsonNode listed : open) {
            String number = listed.get("number").asText();
            JsonNode invoice = admin.ok(admin.get("/api/invoices/" + number), "the invoice").json();
            String body = "{\"amount\":\"%s\",\"currency\":\"%s\",\"paidAt\":\"%s\",\"reference\":\"BENCH-%s\"}"
                    .formatted(invoice.get("balance").asText(), invoice.get("currency").asText(), today, number);
            latencies.add(admin.ok(admin.post("/api/invoices/" + number + "/payments", body), "payment").millis());
        }
        return latencies;
    }

    // ---- requests

    private Http.Answer registerFuture(String prefix) {
        long n = sequence.incrementAndGet();
        return admin.ok(admin.post("/api/invoices", invoice(prefix + n, n, inDays(30))), "registration");
    }

    private Http.Answer registerBatch(String prefix, int rows, LocalDate due, boolean dryRun) {
        StringBuilder body = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            long n = sequence.incrementAndGet();
            body.append(r == 0 ? "" : ",").append(invoice(prefix + n, n, due));
        }
        Http.Answer answer = admin.ok(admin.post("/api/invoices/batch" + (dryRun ? "?dryRun=true" : ""),
                body.append(']').toString()), "batch registration");
        int registered = answer.json().get("registered").asInt();
        if (registered != rows) {
            throw new IllegalStateException("a batch registered " + registered + " of " + rows + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer;
    }

    private void registerInBatches(String prefix, int size, LocalDate due) throws Exception {
        int batches = size / BATCH_ROWS;
        int rest = size % BATCH_ROWS;
        parallel(4, batches + (rest > 0 ? 1 : 0), b -> registerBatch(prefix, b < batches ? BATCH_ROWS : rest, due,
                false));
    }

    private Http.Answer startBare(LocalDate due) {
        return startBare(due.atStartOfDay(ZONE), "BR" + sequence.incrementAndGet());
    }

    private Http.Answer startBare(ZonedDateTime dueAt, String businessKey) {
        StringBuilder vars = new StringBuilder("{\"dueAt\":{\"value\":\"" + ENGINE_DATE.format(dueAt)
                + "\",\"type\":\"Date\"}");
        for (int v = 1; v < variables; v++) {
            vars.append(",\"variable").append(v).append("\":{\"value\":\"value ").append(v)
                    .append("\",\"type\":\"String\"}");
        }
        return admin.ok(admin.post("/engine-rest/process-definition/key/" + BARE + "/start",
                "{\"businessKey\":\"" + businessKey + "\",\"variables\":" + vars + "}}"), "bare start");
    }

    /** An invoice of a customer of its own, in a country without public holidays in the calendar. */
    private static String invoice(String number, long n, LocalDate due) {
        return """
                {"number": "%s", "amount": "%d.00", "currency": "EUR", "issueDate": "%s", "dueDate": "%s",
                 "customer": {"name": "Customer %d", "email": "customer%d@example.com", "phone": "+31 20 555 %04d",
                              "address": "Street %d, Amsterdam", "type": "BUSINESS", "locale": "en",
                              "timeZone": "Europe/Amsterdam", "country": "TV"}}"""
                .formatted(number, 100 + n % 5000, due.minusDays(30), due, n, n, n % 10000, n);
    }

    private LocalDate inDays(int days) {
        return today.plusDays(days);
    }

    // ---- set-up and measuring

    private void createAgent() {
        admin.ok(admin.post("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Bench", "lastName": "Agent", "email": "agent@example.com"},
                 "credentials": {"password": "%s"}}""".formatted(AGENT, AGENT_PASSWORD)), "create the agent");
        admin.ok(admin.put("/engine-rest/group/collection-agents/members/" + AGENT, "{}"), "make the user an agent");
        admin.ok(admin.post("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Bench", "lastName": "Worker", "email": "worker@example.com"},
                 "credentials": {"password": "%s"}}""".formatted(WORKER, AGENT_PASSWORD)), "create the worker");
        admin.ok(admin.post("/engine-rest/group/create", """
                {"id": "%s", "name": "Benchmark workers", "type": "WORKFLOW"}""".formatted(WORKERS)),
                "create the workers' group");
        admin.ok(admin.put("/engine-rest/group/" + WORKERS + "/members/" + WORKER, "{}"), "make the user a worker");
        // the application lets only its own groups use /engine-rest at all; the agent is in no workers' group
        admin.ok(admin.put("/engine-rest/group/collection-agents/members/" + WORKER, "{}"), "let the worker in");
        // as agents read the application's process definitions (AuthorizationSetup), workers read the bare one
        admin.ok(admin.post("/engine-rest/authorization/create", """
                {"type": 1, "permissions": ["READ", "READ_TASK", "UPDATE_TASK"], "groupId": "%s",
                 "resourceType": 6, "resourceId": "%s"}""".formatted(WORKERS, BARE)),
                "let workers read and work the bare model's tasks");
    }

    private int variablesOfARegisteredCase() throws Exception {
        String number = "PROBE-" + sequence.incrementAndGet();
        admin.ok(admin.post("/api/invoices", invoice(number, 0, inDays(30))), "the probe registration");
        return (int) db.count("select count(*) from act_ru_variable v join act_ru_execution e "
                + "on v.proc_inst_id_ = e.id_ where e.parent_id_ is null and e.business_key_ = ?", number);
    }

    private long openApplicationCases() throws Exception {
        return db.count(OPEN_CASES, "CollectionProcess");
    }

    private String filterId(String name) {
        for (JsonNode filter : agent.ok(agent.get("/engine-rest/filter?resourceType=Task"), "filters").json()) {
            if (name.equals(filter.get("name").asText())) {
                return filter.get("id").asText();
            }
        }
        throw new IllegalStateException("no filter " + name + " for agents");
    }

    /**
     * The live heap in MB: the total of {@code jcmd GC.class_histogram}, counted in the full collection it runs.
     * ({@code GC.heap_info} a moment after {@code GC.run} also counted what a busy node allocated meanwhile: 137 and
     * 281 MB where the histogram's classes were the same.)
     */
    private static double liveHeap(String histogram) {
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram reported no total: " + histogram.substring(0,
                    Math.min(300, histogram.length())));
        }
        return Long.parseLong(total.group(1)) / 1e6;
    }

    /** The classes whose instances take the most heap, with their MB: what a growing heap is made of. */
    private static String largestClasses(String histogram, int count) {
        // "   1:   123456   7890123  [B (java.base@17)" : rank, instances, bytes, class
        Matcher line = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(histogram);
        List<String> classes = new ArrayList<>();
        while (classes.size() < count && line.find()) {
            classes.add(line.group(3) + " " + Report.number(Long.parseLong(line.group(2)) / 1e6, "MB"));
        }
        return String.join(", ", classes);
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private String jcmd(String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", Long.toString(node.pid()), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private Latencies sample(java.util.function.Supplier<Http.Answer> request) {
        for (int i = 0; i < 5; i++) {
            request.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < settings.samples(); i++) {
            latencies.add(request.get().millis());
        }
        return latencies;
    }

    /** Operations per second of {@code threads} clients each repeating {@code operation} for {@code duration}. */
    private static double rate(int threads, Duration duration, IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    operation.accept(done.get());
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void parallel(int threads, int count, IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            work.add(pool.submit(() -> operation.accept(index)));
        }
        for (Future<?> piece : work) {
            piece.get();
        }
        pool.shutdown();
    }

    private Duration seconds() {
        return Duration.ofSeconds(settings.seconds());
    }

    private void row(String measure, String application, String bare, String ratio, String target, String met) {
        out.rows().add(new Report.Row(measure, application, bare, ratio, target, met));
        System.out.printf(Locale.ROOT, "[%s] %s: %s | bare %s | %s%n", db.kind, measure, application, bare, ratio);
    }

    /** A latency whose p99 misses its bound: what the run shows of it, and what finding the cause would take. */
    private void slowest(String what, Latencies latencies, double boundMs) {
        if (latencies.count() > 0 && latencies.p99() >= boundMs) {
            unmet("**" + what + "** (p99 " + Report.number(latencies.p99(), "ms") + ", bound "
                    + Report.number(boundMs, "ms") + "). Why: this run does not tell; the p50 was "
                    + Report.number(latencies.p50(), "ms") + ", so the typical request is " + (latencies.p50() < boundMs
                            ? "within the bound and the slowest 1 % of " + latencies.count() + " are not"
                            : "over the bound too") + ". The spread between runs is wide (the README gives three runs "
                    + "at 100,451 cases on PostgreSQL). What it would take: a flight recording of the same "
                    + "measurement (-Dbenchmark.profile=true) to see what the slowest requests wait for, then the "
                    + "change that removes it, measured over several runs.");
        }
    }

    private void unmet(String text) {
        out.unmet().add(text);
    }

    private void note(String text) {
        out.notes().add("- " + text);
        System.out.println("[" + db.kind + "] " + text);
    }
}
