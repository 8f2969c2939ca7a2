package org.collections.cluster;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.collections.TestDatabase;

/**
 * A wave of cases whose day-1 timers all fall due at the same moment: invoices due yesterday, and the policy's
 * contact hour set to a moment a little ahead, so every day-1 timer waits for that moment.
 */
final class Wave {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    final int size;
    final ZonedDateTime dueAt;
    final String databaseUrl;
    final String databaseName;

    Wave(int size, Duration ahead) {
        this.size = size;
        this.dueAt = ZonedDateTime.now(ZONE).plus(ahead).truncatedTo(ChronoUnit.SECONDS);
        this.databaseName = "collections_cluster_" + Long.toHexString(System.nanoTime());
        this.databaseUrl = TestDatabase.create(databaseName);
    }

    /**
     * The node settings that make every day-1 timer fall due at {@link #dueAt} and its call go out then, whatever
     * the day and hour the test runs at: the contact hour, and a contact window of the whole day on every day of the
     * week (the wave's customers live in a country without public holidays in the calendar).
     */
    String[] settings() {
        return new String[] {
            "--collections.policy.contact-hour=" + dueAt.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME),
            "--collections.calendar.window-start=00:00",
            "--collections.calendar.window-end=23:59:59.999",
            "--collections.calendar.default-working-week=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY"};
    }

    boolean crossesMidnight() {
        return !dueAt.toLocalDate().equals(LocalDate.now(ZONE)) || dueAt.toLocalTime().isBefore(LocalTime.of(0, 10));
    }

    /** Registers the wave's invoices through a node's API, four at a time; answers how long it took. */
    Duration register(Node node) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((Node.ADMIN + ":" + Node.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        LocalDate due = dueAt.toLocalDate().minusDays(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String body = """
                    {"number": "W-%05d", "amount": "%d.00", "currency": "EUR", "issueDate": "%s", "dueDate": "%s",
                     "customer": {"name": "Customer %d", "email": "customer%d@example.com", "phone": "+31 20 555 %04d",
                                  "address": "Street %d, Amsterdam", "type": "BUSINESS", "locale": "en",
                                  "timeZone": "Europe/Amsterdam", "country": "TV"}}"""
                    .formatted(i, 100 + i, due.minusDays(30), due, i, i, i % 10000, i);
            sent.add(pool.submit(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.url("/api/invoices"))
                        .header("Content-Type", "application/json").header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    failures.incrementAndGet();
                    System.err.println("registration failed: " + response.statusCode() + " " + response.body());
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " registrations failed");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    Map<String, Long> countBy(String sql) throws SQLException {
        Map<String, Long> result = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                result.put(r.getString(1), r.getLong(2));
            }
        }
        return result;
    }

    long callTasks() throws SQLException {
        return count("select count(*) from act_ru_task where task_def_key_ = 'Task_CallCustomer'");
    }

    /** Waits until every case of the wave has its call task, or the timeout passes. */
    Duration awaitCallTasks(Duration timeout) throws Exception {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (callTasks() >= size) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("after " + timeout + " only " + callTasks() + " of " + size + " call tasks");
    }

    /** Successful jobs per node, from Camunda's job log (the host name is the node's name). */
    Map<String, Long> jobsPerNode() throws SQLException {
        return countBy("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 "
                + "group by hostname_ order by hostname_");
    }

    void drop() {
        TestDatabase.drop(databaseName);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestDatabase.USER, TestDatabase.PASSWORD);
    }
}
