package org.collections;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database of a test JVM. By default the tests' in-memory H2; with {@code -Dtest.database=postgres} (the
 * Maven profile {@code postgres}) a PostgreSQL database of its own, created here and dropped when the JVM ends.
 */
public final class TestDatabase {

    public static final String SERVER = System.getProperty("test.postgres.server", "//127.0.0.1:5432");
    public static final String USER = System.getProperty("test.postgres.user", "postgres");
    public static final String PASSWORD = System.getProperty("test.postgres.password", "");

    private static String url;

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }

    /** Points the application at this JVM's database, creating it first when on PostgreSQL. */
    public static synchronized void prepare() {
        if (!postgres() || url != null) {
            return;
        }
        url = create("collections_test_" + UUID.randomUUID().toString().substring(0, 8));
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", USER);
        System.setProperty("spring.datasource.password", PASSWORD);
        System.setProperty("camunda.bpm.database.type", "postgres");
    }

    /** This JVM's database URL: its PostgreSQL database, or the given H2 URL by default. */
    public static String urlOr(String h2Url) {
        prepare();
        return url == null ? h2Url : url;
    }

    /**
     * Creates a fresh database, dropped again when the JVM ends (once the application's connections are gone:
     * Spring closes its contexts in a shutdown hook of its own, at the same time); answers its JDBC URL.
     */
    public static String create(String name) {
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitNoConnections(name, 20_000);
            drop(name);
        }));
        return "jdbc:postgresql:" + SERVER + "/" + name + "?options=-c%20jit=off";
    }

    private static void awaitNoConnections(String name, long millis) {
        long end = System.currentTimeMillis() + millis;
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql:" + SERVER + "/postgres", USER,
                PASSWORD); Statement statement = connection.createStatement()) {
            while (System.currentTimeMillis() < end) {
                try (var result = statement.executeQuery(
                        "select count(*) from pg_stat_activity where datname = '" + name + "'")) {
                    result.next();
                    if (result.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException | InterruptedException e) {
            // drop anyway
        }
    }

    public static void drop(String name) {
        try {
            execute("drop database if exists " + name + " with (force)");
        } catch (IllegalStateException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql:" + SERVER + "/postgres", USER,
                PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
