package org.regionalcoop.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one drill found: its figures in the order they were taken, the lifecycles completed and the invariants.
 * It holds when every lifecycle completed and every invariant holds; a drill that failed half-way holds nothing.
 */
public final class DrillReport {

    /** One figure; the value is a number, or text where a number would hide something (e.g. "never"). */
    public record Figure(String name, Object value, String unit) {
    }

    private final String drill;
    private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private Lifecycles.Outcome outcome;
    private Invariants.Result invariants;
    private final List<JobTakeover.Takeover> takeovers = new ArrayList<>();
    private String failure;

    public DrillReport(String drill) {
        this.drill = drill;
    }

    public DrillReport setting(String name, Object value) {
        settings.put(name, value);
        return this;
    }

    public DrillReport figure(String name, Object value, String unit) {
        figures.add(new Figure(name, value, unit));
        return this;
    }

    /** Seconds between two {@link System#nanoTime()} readings, to a tenth. */
    public static double seconds(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 1e8) / 10.0;
    }

    public DrillReport lifecycles(Lifecycles.Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    public DrillReport invariants(Invariants.Result invariants) {
        this.invariants = invariants;
        return this;
    }

    /** The jobs a killed instance held and when they ran again, one per kill. */
    DrillReport takeover(JobTakeover.Takeover takeover) {
        takeovers.add(takeover);
        return this;
    }

    List<JobTakeover.Takeover> takeovers() {
        return List.copyOf(takeovers);
    }

    public DrillReport failed(Throwable failure) {
        this.failure = failure.toString();
        return this;
    }

    public String drill() {
        return drill;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public Lifecycles.Outcome outcome() {
        return outcome;
    }

    public Invariants.Result invariants() {
        return invariants;
    }

    public boolean allCompleted() {
        return outcome != null && outcome.completed() == outcome.lifecycles();
    }

    public boolean holds() {
        return failure == null && allCompleted() && invariants != null && invariants.holds()
                && takeovers.stream().allMatch(JobTakeover.Takeover::holds);
    }

    public void print(PrintStream out) {
        out.println();
        out.println("Drill " + drill + ", started " + startedAt + ", settings " + settings);
        for (Figure figure : figures) {
            out.printf(Locale.ROOT, "  %-58s %14s  %s%n", figure.name(), format(figure.value()), figure.unit());
        }
        if (outcome != null) {
            out.printf(Locale.ROOT, "  %-58s %14s  %s%n", "lifecycles completed", outcome.completed() + " of " + outcome.lifecycles(),
                    allCompleted() ? "" : "INCOMPLETE");
            outcome.failures().stream().limit(10).forEach(why -> out.println("    " + why));
        }
        if (invariants != null) {
            out.println("Invariants:");
            invariants.lines().forEach(line -> out.println("  " + line));
        }
        for (int kill = 0; kill < takeovers.size(); kill++) {
            JobTakeover.Takeover takeover = takeovers.get(kill);
            out.println("Jobs held at kill " + (kill + 1) + ": " + (!takeover.measured() ? "none held at the kill: no takeover measured in this run"
                    : takeover.holds() ? "taken over after their locks expired, within the bound"
                    : "NOT TAKEN OVER AS BOUND: locked longer than the lock time "
                    + takeover.lockedLongerThanLockTime() + ", run before the lock expired " + takeover.runBeforeLockExpired()
                    + ", not run within the bound " + takeover.notTakenOverWithinBound()));
        }
        if (failure != null) {
            out.println("The drill failed: " + failure);
        }
        out.println("Drill " + drill + ": " + (holds() ? "every invariant holds" : "BROKEN"));
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.1f", number);
        }
        return String.valueOf(value);
    }

    /** Writes {@code <drill>-<time>.json} into the directory and returns it. */
    public Path write(Path directory, Map<String, Object> machine) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("drill", drill);
        document.put("startedAt", startedAt.toString());
        document.put("machine", machine);
        document.put("settings", settings);
        document.put("figures", figures);
        document.put("lifecycles", outcome);
        document.put("jobTakeovers", takeovers.stream().map(JobTakeover.Takeover::document).toList());
        document.put("invariants", invariants == null ? null : Map.of("holds", invariants.holds(), "lines", invariants.lines(),
                "result", invariants));
        document.put("failure", failure);
        document.put("holds", holds());
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(drill + "-" + startedAt.toString().replace(':', '-') + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the drill's JSON under " + directory, e);
        }
    }
}
