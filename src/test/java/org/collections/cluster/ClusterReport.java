package org.collections.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What the cluster tests measured, in {@code target/cluster/report.txt} beside each node's log. */
final class ClusterReport {

    private ClusterReport() {
    }

    static void append(String text) {
        try {
            Path report = Path.of("target", "cluster", "report.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
