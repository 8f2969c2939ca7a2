package org.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * Runs after the process tests (failsafe, integration-test phase) and reads the coverage reports they wrote:
 * every sequence flow of every model in {@code processes/} must have been taken by some test.
 */
class ProcessCoverageIT {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final Path MODELS = Path.of("processes");

    @Test
    void everySequenceFlowOfEveryProcessIsCovered() throws IOException {
        Map<String, Set<String>> taken = takenFlows();
        List<Path> models;
        try (Stream<Path> files = Files.list(MODELS)) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).hasSize(8);
        StringBuilder report = new StringBuilder();
        Map<String, Set<String>> missing = new HashMap<>();
        for (Path model : models) {
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
            String key = model.getFileName().toString().replace(".bpmn", "");
            Set<String> all = new TreeSet<>();
            bpmn.getModelElementsByType(SequenceFlow.class).forEach(f -> all.add(f.getId()));
            Set<String> uncovered = new TreeSet<>(all);
            uncovered.removeAll(taken.getOrDefault(key, Set.of()));
            report.append(String.format("%-22s %3d of %3d sequence flows covered%n", key,
                    all.size() - uncovered.size(), all.size()));
            if (!uncovered.isEmpty()) {
                missing.put(key, uncovered);
            }
        }
        System.out.print(report);
        assertThat(missing).as("sequence flows no test takes").isEmpty();
    }

    private static Map<String, Set<String>> takenFlows() throws IOException {
        assertThat(REPORTS).as("coverage reports of the process tests").isDirectory();
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> taken = new HashMap<>();
        try (Stream<Path> files = Files.walk(REPORTS)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                for (JsonNode suite : json.readTree(file.toFile()).path("suites")) {
                    for (JsonNode run : suite.path("runs")) {
                        for (JsonNode event : run.path("events")) {
                            if ("SEQUENCE_FLOW".equals(event.path("source").asText())) {
                                taken.computeIfAbsent(event.path("modelKey").asText(), k -> new TreeSet<>())
                                        .add(event.path("definitionKey").asText());
                            }
                        }
                    }
                }
            }
        }
        return taken;
    }
}
