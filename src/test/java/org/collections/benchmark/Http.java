package org.collections.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

/** The benchmark's HTTP client: one user's basic authentication, JSON in and out, each answer with its time. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Function<String, URI> url;
    private final String authorization;

    Http(Function<String, URI> url, String user, String password) {
        this.url = url;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** One answer and how long it took, from sending the request to the last byte of the answer. */
    record Answer(int status, String body, long nanos) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double millis() {
            return nanos / 1e6;
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(url.apply(path)).GET());
    }

    Answer post(String path, String json) {
        return post(path, "application/json", json);
    }

    Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(url.apply(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(url.apply(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Like {@link #post} but fails unless the answer is 2xx: a benchmark of failing requests measures nothing. */
    Answer ok(Answer answer, String what) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + abbreviate(answer.body()));
        }
        return answer;
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("Authorization", authorization).timeout(Duration.ofMinutes(10));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
}
