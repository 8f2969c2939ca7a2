package org.collections.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.collections.TestDatabase;

/**
 * The database of one benchmark run: an H2 file of its own (opened by the node, reached here through H2's automatic
 * server) or a PostgreSQL database of its own. Answers counts and sizes, and the machine's own limit for it.
 */
final class BenchmarkDatabase {

    final String kind;
    final String url;
    private final String user;
    private final String password;
    private final Path h2File;
    private final String postgresName;

    private BenchmarkDatabase(String kind, String url, String user, String password, Path h2File,
            String postgresName) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.h2File = h2File;
        this.postgresName = postgresName;
    }

    static BenchmarkDatabase h2(Path directory) throws IOException {
        deleteH2Files(directory);
        Path base = directory.toAbsolutePath().resolve("collections");
        return new BenchmarkDatabase("H2", "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE", "sa",
                "", Path.of(base + ".mv.db"), null);
    }

    static BenchmarkDatabase postgres() {
        String name = "collections_benchmark_" + Long.toHexString(System.nanoTime());
        return new BenchmarkDatabase("PostgreSQL", TestDatabase.create(name), TestDatabase.USER,
                TestDatabase.PASSWORD, null, name);
    }

    boolean isPostgres() {
        return postgresName != null;
    }

    /** The node's settings for this database (PostgreSQL's profile carries its pool and job executor settings). */
    List<String> nodeSettings() {
        return isPostgres() ? List.of("--spring.profiles.active=postgres", "--spring.datasource.username=" + user)
                : List.of("--spring.profiles.active=benchmark", "--spring.datasource.username=" + user);
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The first column as text and the second as a number, per row: a breakdown. */
    java.util.Map<String, Long> counts(String sql, Object... parameters) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    /** Bytes the database takes on disk now: PostgreSQL's own count, or the H2 file after a checkpoint. */
    long bytes() throws SQLException, IOException {
        if (isPostgres()) {
            return count("select pg_database_size(current_database())");
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
        return Files.size(h2File);
    }

    /**
     * The machine's limit for this database: single-row inserts, each its own commit, by {@code threads} threads for
     * {@code seconds}; per second. On PostgreSQL in the benchmark's database; on H2 in an embedded file of its own
     * beside the node's (the node's file is reached over H2's server, which would measure the network instead).
     */
    double singleRowCommitsPerSecond(int threads, int seconds) throws Exception {
        String limitUrl = isPostgres() ? url
                : "jdbc:h2:file:" + h2File.getParent().resolve("limit").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(limitUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop table if exists benchmark_commit");
            s.execute("create table benchmark_commit (id bigint primary key, note varchar(40))");
        }
        AtomicLong ids = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long done = 0;
                try (Connection c = DriverManager.getConnection(limitUrl, user, password);
                        PreparedStatement insert = c.prepareStatement(
                                "insert into benchmark_commit (id, note) values (?, 'one row, one commit')")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        insert.setLong(1, ids.incrementAndGet());
                        insert.executeUpdate();
                        done++;
                    }
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection c = DriverManager.getConnection(limitUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop table benchmark_commit");
        }
        return total / elapsed;
    }

    /** Rows per table of the database, all of them counted: where a step's writes go, on either database. */
    java.util.Map<String, Long> rowsPerTable() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select table_name from information_schema.tables where lower(table_schema) = 'public' "
                        + "and table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : tables) {
            rows.put(table.toLowerCase(java.util.Locale.ROOT), count("select count(*) from \"" + table + "\""));
        }
        return rows;
    }

    /** Bytes per table (with its indexes and TOAST) on PostgreSQL; empty on H2, which does not tell. */
    java.util.Map<String, Long> bytesPerTable() throws SQLException {
        return postgresPerTable("select relname, pg_total_relation_size(relid) from pg_catalog.pg_statio_user_tables");
    }

    /**
     * Rows read by sequential scans so far, per table, on PostgreSQL (empty on H2): a query without a usable index
     * reads a whole table, and its cost grows with the business. Statistics reach the view when a connection goes
     * idle, so read this on a quiet node.
     */
    java.util.Map<String, Long> rowsScanned() throws SQLException {
        return postgresPerTable("select relname, seq_tup_read from pg_catalog.pg_stat_user_tables");
    }

    /** A figure per table from PostgreSQL's statistics views ({@code select relname, figure ...}); empty on H2. */
    private java.util.Map<String, Long> postgresPerTable(String query) throws SQLException {
        java.util.Map<String, Long> figures = new java.util.TreeMap<>();
        if (!isPostgres()) {
            return figures;
        }
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                figures.put(r.getString(1), r.getLong(2));
            }
        }
        return figures;
    }

    /**
     * On H2, starts counting every statement's executions and time from zero (H2's {@code QUERY_STATISTICS}, for
     * every session of the database); nothing on PostgreSQL, whose scan probe above tells the same story.
     */
    void countStatements() throws SQLException {
        if (isPostgres()) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            s.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    /**
     * On H2, the {@code limit} statements that took the most time since {@link #countStatements()}, as total ms,
     * executions and rows answered, each with its text; and stops counting. Empty on PostgreSQL.
     */
    List<String[]> costliestStatements(int limit) throws SQLException {
        List<String[]> statements = new ArrayList<>();
        if (isPostgres()) {
            return statements;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select cumulative_execution_time, execution_count, "
                    + "cumulative_row_count, sql_statement from information_schema.query_statistics "
                    + "order by cumulative_execution_time desc limit " + limit)) {
                while (r.next()) {
                    statements.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
            s.execute("SET QUERY_STATISTICS FALSE");
        }
        return statements;
    }

    /**
     * Fresh planner statistics on PostgreSQL, as autovacuum keeps them in production: with autovacuum off (as on this
     * machine's CI database) the planner still thinks the tables empty after thousands of cases, and the agent's task
     * list took 2.9 s at 10,000 open cases instead of 60 ms. Answers whether autovacuum is on.
     */
    boolean analyze() throws SQLException {
        if (!isPostgres()) {
            return true;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("analyze");
            try (ResultSet r = s.executeQuery("show autovacuum")) {
                r.next();
                return "on".equals(r.getString(1));
            }
        }
    }

    void drop() {
        if (isPostgres()) {
            TestDatabase.drop(postgresName);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static void deleteH2Files(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(".db")) {
                    Files.delete(file);
                }
            }
        }
    }
}
