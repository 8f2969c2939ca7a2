package org.collections.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One application node: the packaged jar in a JVM of its own, as an operator would run it; on PostgreSQL for the
 * cluster tests, on either database for the benchmark.
 */
public final class Node implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Cluster#Test-2026";

    public final String name;
    public final int port;
    private final List<String> jvm;
    private final List<String> arguments;
    private final Path logDirectory;
    private Process process;

    private Node(String name, int port, List<String> jvm, List<String> arguments, Path logDirectory) {
        this.name = name;
        this.port = port;
        this.jvm = jvm;
        this.arguments = arguments;
        this.logDirectory = logDirectory;
    }

    /** Starts a cluster node named {@code name} (its job executor's host name, seen in the job log). */
    static Node start(String name, String databaseUrl, String... settings) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
        arguments.addAll(List.of(settings));
        return start(name, databaseUrl, List.of("-Xmx768m", "-jar", jar().toString()), arguments, Path.of("target",
                "cluster"));
    }

    /**
     * Starts a node with the given JVM options (which name what to run: the jar, or a launcher and its class path)
     * and application arguments on the given database; its output goes to {@code <logDirectory>/<name>.log}.
     */
    public static Node start(String name, String databaseUrl, List<String> jvm, List<String> settings,
            Path logDirectory) throws IOException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--collections.admin.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // jobs here take milliseconds: a stopped node's locks expire soon, not after Camunda's 5 minutes
                "--camunda.bpm.job-execution.lock-time-in-millis=15000"));
        arguments.addAll(settings);
        Node node = new Node(name, port, jvm, arguments, logDirectory);
        node.launch();
        return node;
    }

    /** The process id of the node's JVM, for {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(arguments);
        Path log = logDirectory.resolve(name + ".log");
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the node answers its health endpoint with UP. */
    public void awaitUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + logDirectory.resolve(name
                        + ".log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not come up within " + timeout);
    }

    /** Like {@code kill -9}: no shutdown hook, no clean stop of the job executor, locks left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The application's packaged jar in target/. */
    public static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("collections-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run mvn verify"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
