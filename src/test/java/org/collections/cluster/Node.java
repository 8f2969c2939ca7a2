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

/** One application node: the packaged jar in a JVM of its own, on PostgreSQL, as an operator would run it. */
final class Node implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Cluster#Test-2026";

    final String name;
    final int port;
    private final List<String> arguments;
    private Process process;

    private Node(String name, int port, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.arguments = arguments;
    }

    /** Starts a node named {@code name} (its job executor's host name, seen in the job log). */
    static Node start(String name, String databaseUrl, String... settings) throws IOException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--collections.admin.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // jobs here take milliseconds: a stopped node's locks expire soon, not after Camunda's 5 minutes
                "--camunda.bpm.job-execution.lock-time-in-millis=15000"));
        arguments.addAll(List.of(settings));
        Node node = new Node(name, port, arguments);
        node.launch();
        return node;
    }

    void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx768m", "-jar", jar().toString()));
        command.addAll(arguments);
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the node answers its health endpoint with UP. */
    void awaitUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see target/cluster/" + name + ".log");
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

    URI url(String path) {
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

    private static Path jar() throws IOException {
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
