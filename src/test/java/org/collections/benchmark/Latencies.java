package org.collections.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one kind of request in milliseconds, summarised by their percentiles (nearest rank). */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    synchronized void add(double value) {
        millis.add(value);
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double p50() {
        return percentile(50);
    }

    double p99() {
        return percentile(99);
    }

    @Override
    public String toString() {
        if (count() == 0) {
            return "not measured (nothing to time: n=0)";
        }
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (n=%d)", p50(), p99(), count());
    }
}
