package org.regionalcoop.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run: every metric with its value per round (median and spread over the rounds,
 * since one round on a shared machine proves little), the ratios and the targets met or missed by how much.
 */
final class Report {

    /** One metric over the rounds; a spread is (max − min) / median. */
    record Figure(String workload, String metric, String unit, List<Double> rounds) {

        double median() {
            return Stats.median(rounds);
        }

        double min() {
            return rounds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return rounds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double spreadPercent() {
            return rounds.size() < 2 || median() == 0 ? 0 : 100 * (max() - min()) / Math.abs(median());
        }
    }

    /** A target of issue 8: met, or missed by {@code missedBy} (in the target's unit). */
    record Verdict(String target, double value, String unit, boolean atMost, double limit) {

        boolean met() {
            return atMost ? value <= limit : value >= limit;
        }

        double missedBy() {
            return met() ? 0 : Math.abs(value - limit);
        }

        String describe() {
            String comparison = (atMost ? "≤ " : "≥ ") + Stats.format(limit) + " " + unit;
            return met() ? "met (" + Stats.format(value) + " " + unit + ", target " + comparison + ")"
                    : "MISSED by " + Stats.format(missedBy()) + " " + unit + " (" + Stats.format(value) + " " + unit
                    + ", target " + comparison + ")";
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Figure figure(String workload, String metric, String unit, List<Double> rounds) {
        Figure figure = new Figure(workload, metric, unit, List.copyOf(rounds));
        figures.add(figure);
        return figure;
    }

    void verdict(String target, double value, String unit, boolean atMost, double limit) {
        verdicts.add(new Verdict(target, value, unit, atMost, limit));
    }

    void note(String note) {
        notes.add(note);
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-6s %-58s %12s %12s %12s %8s  %s%n", "work", "metric", "median", "min", "max", "spread", "unit");
        String workload = null;
        for (Figure figure : figures) {
            if (workload != null && !workload.equals(figure.workload())) {
                out.println();
            }
            workload = figure.workload();
            out.printf(Locale.ROOT, "%-6s %-58s %12s %12s %12s %7.0f%%  %s%n", figure.workload(), figure.metric(),
                    Stats.format(figure.median()), Stats.format(figure.min()), Stats.format(figure.max()),
                    figure.spreadPercent(), figure.unit());
        }
        out.println();
        out.println("Targets:");
        verdicts.forEach(verdict -> out.println("  " + verdict.target() + ": " + verdict.describe()));
        if (!notes.isEmpty()) {
            out.println("Notes:");
            notes.forEach(note -> out.println("  - " + note));
        }
    }

    Path write(Path directory, Map<String, Object> machine) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("machine", machine);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workload", figure.workload());
            row.put("metric", figure.metric());
            row.put("unit", figure.unit());
            row.put("median", figure.median());
            row.put("min", figure.min());
            row.put("max", figure.max());
            row.put("spreadPercent", figure.spreadPercent());
            row.put("rounds", figure.rounds());
            rows.add(row);
        }
        document.put("figures", rows);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target", verdict.target());
            row.put("value", verdict.value());
            row.put("unit", verdict.unit());
            row.put("comparison", verdict.atMost() ? "<=" : ">=");
            row.put("limit", verdict.limit());
            row.put("met", verdict.met());
            row.put("missedBy", verdict.missedBy());
            targets.add(row);
        }
        document.put("targets", targets);
        document.put("notes", notes);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("benchmark-" + machine.get("startedAt").toString().replace(':', '-') + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the benchmark's JSON under " + directory, e);
        }
    }
}
