package org.collections.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's report: one table per database, each figure beside the bare engine's and the target. */
final class Report {

    /** One measured figure; {@code bare} and {@code ratio} are empty where the bare engine has no counterpart. */
    record Row(String measure, String application, String bare, String ratio, String target, String met) {
    }

    /**
     * One database's figures; {@code unmet} says, for each target missed, why and what it would take, from what the
     * same run measured.
     */
    record Section(String title, List<String> notes, List<Row> rows, List<String> unmet) {
    }

    private final List<String> preface = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    void preface(String line) {
        preface.add(line);
    }

    Section section(String title) {
        Section section = new Section(title, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        sections.add(section);
        return section;
    }

    static String number(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String figure = value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return unit.isEmpty() ? figure : figure + " " + unit;
    }

    static String ratio(double application, double bare) {
        return bare == 0 || Double.isNaN(bare) || Double.isNaN(application) ? "n/a"
                : String.format(Locale.ROOT, "%.2f×", application / bare);
    }

    static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Collections benchmark\n\n");
        preface.forEach(line -> out.append(line).append('\n'));
        for (Section section : sections) {
            out.append("\n## ").append(section.title()).append("\n\n");
            section.notes().forEach(note -> out.append(note).append('\n'));
            if (!section.notes().isEmpty()) {
                out.append('\n');
            }
            out.append("| Measure | Application | Bare engine | App/bare | Target | Met |\n");
            out.append("|---|---:|---:|---:|---|---|\n");
            for (Row row : section.rows()) {
                out.append("| ").append(String.join(" | ", row.measure(), row.application(), row.bare(), row.ratio(),
                        row.target(), row.met())).append(" |\n");
            }
            if (!section.unmet().isEmpty()) {
                out.append("\n### Targets not met on ").append(section.title()).append(": why, and what it would take\n\n");
                section.unmet().forEach(why -> out.append("- ").append(why).append('\n'));
            }
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
    }
}
