package org.regionalcoop.benchmark;

import org.HdrHistogram.Histogram;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.StaffTasks;
import org.regionalcoop.tasks.TaskPage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * W4: the first page (50) and the count of "my tasks" through {@link StaffTasks#mine}, for members of staff
 * in 1, 4 and 100 groups, at 1,000 and at 100,000 open tasks, alternating, each idle and under W2's load
 * (lifecycles through Kafka at half W1's saturation) when W2 ran before. The tasks are inserted in bulk
 * by {@link OpenTasks}. Each cell is {@code benchmark.my-tasks-calls} calls (800), so its p99 is the ninth slowest
 * rather than one of two calls, unless {@link #PATIENCE} runs out first (the report says how many were measured).
 */
final class TaskListLoad {

    static final int SMALL = 1_000;
    static final int LARGE = 100_000;
    static final Duration PATIENCE = Duration.ofSeconds(25);

    private final OpenTasks openTasks;
    private final StaffTasks staffTasks;
    private final Resources resources;
    private final Map<String, Caller> callers = new LinkedHashMap<>();
    private final Optional<Background> background;

    /** W2's lifecycles at a fixed rate, run while the list is read. */
    record Background(FullLifecycle lifecycles, double rate) {

        String label() {
            return String.format("under W2 load (%.2f lifecycles/s)", rate);
        }

        CompletableFuture<Load.Outcome> during(Duration duration) {
            return CompletableFuture.supplyAsync(() -> Load.atRate(FullLifecycle.THREADS, rate, duration,
                    due -> lifecycles.lifecycle(ConsensusHops.Split.create())));
        }
    }

    TaskListLoad(JdbcTemplate jdbc, StaffTasks staffTasks, Resources resources, Optional<Background> background) {
        this.openTasks = new OpenTasks(jdbc);
        this.staffTasks = staffTasks;
        this.resources = resources;
        this.background = background;
        callers.put("1 group", new Caller(OpenTasks.USER, Set.of("P7.coordinator")));
        callers.put("4 groups", new Caller(OpenTasks.USER, OpenTasks.groups(1)));
        callers.put("100 groups", new Caller(OpenTasks.USER, OpenTasks.groups(25)));
    }

    void run(Settings settings, Report report, Progress progress) {
        List<String> conditions = new ArrayList<>(List.of("idle"));
        background.ifPresent(load -> conditions.add(load.label()));
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        Map<String, String> totals = new LinkedHashMap<>();
        Map<String, List<Double>> calls = new LinkedHashMap<>();
        Map<String, List<Double>> statements = new LinkedHashMap<>();
        try {
            openTasks.resize(SMALL);
            progress.say("W4: warm-up at %,d open tasks", SMALL);
            callers.values().forEach(caller -> measure(caller, settings.myTasksCalls() / 4));
            for (int round = 1; round <= settings.rounds(); round++) {
                for (int open : new int[] {SMALL, LARGE}) {
                    openTasks.resize(open);
                    for (String condition : conditions) {
                        Optional<CompletableFuture<Load.Outcome>> load = background.filter(b -> !condition.equals("idle"))
                                .map(b -> b.during(PATIENCE.multipliedBy(callers.size())));
                        StringBuilder line = new StringBuilder();
                        for (Map.Entry<String, Caller> caller : callers.entrySet()) {
                            String key = key(caller.getKey(), open, condition);
                            long statementsBefore = resources.statements();
                            Histogram latencies = measure(caller.getValue(), settings.myTasksCalls());
                            // Statements are counted only idle, where the platform runs nothing else.
                            if (load.isEmpty()) {
                                // Less one for reading the counter itself.
                                statements.computeIfAbsent(key, k -> new ArrayList<>()).add(
                                        (resources.statements() - statementsBefore - 1) / (double) latencies.getTotalCount());
                            }
                            p99.computeIfAbsent(key, k -> new ArrayList<>()).add(latencies.getValueAtPercentile(99) / 1000.0);
                            p50.computeIfAbsent(key, k -> new ArrayList<>()).add(latencies.getValueAtPercentile(50) / 1000.0);
                            calls.computeIfAbsent(key, k -> new ArrayList<>()).add((double) latencies.getTotalCount());
                            TaskPage first = firstPage(caller.getValue());
                            totals.put(key, first.total() + (first.moreThanTotal() ? "+" : ""));
                            line.append(String.format(" %s p99 %.1f ms;", caller.getKey(), latencies.getValueAtPercentile(99) / 1000.0));
                        }
                        load.ifPresent(running -> BareEngine.failOn("W2 load under W4", running.join()));
                        progress.say("W4 round %d/%d at %,d open tasks, %s:%s", round, settings.rounds(), open, condition, line);
                    }
                }
            }
        } finally {
            openTasks.clear();
        }
        for (String key : p99.keySet()) {
            report.figure("W4", "my tasks page+count p50, " + key + " (" + totals.get(key) + " mine)", "ms", p50.get(key));
            report.figure("W4", "my tasks page+count p99, " + key + " (" + totals.get(key) + " mine)", "ms", p99.get(key));
            report.figure("W4", "calls measured, " + key, "calls", calls.get(key));
            if (resources.statements() >= 0 && statements.containsKey(key)) {
                report.figure("W4", "SQL statements per page+count, " + key, "statements", statements.get(key));
            }
        }
        for (String condition : conditions) {
            for (String caller : callers.keySet()) {
                List<Double> large = p99.get(key(caller, LARGE, condition));
                List<Double> ratio = Stats.ratios(large, p99.get(key(caller, SMALL, condition)));
                report.figure("W4", "p99 ratio 100k/1k, " + caller + ", " + condition, "×", ratio);
                if (caller.equals("4 groups")) {
                    report.verdict("W4 p99 ≤ 100 ms for 4 groups at 100,000 open tasks, " + condition,
                            Stats.median(large), "ms", true, 100);
                    report.verdict("W4 100k/1k p99 ratio ≤ 2 for 4 groups, " + condition, Stats.median(ratio), "×", true, 2);
                }
            }
        }
        report.note(background.isPresent()
                ? "W4 runs one request at a time, idle and then " + background.get().label() + "; a page is 50 tasks"
                : "W4 runs one request at a time with the platform idle (W2 did not run, so there was no load to add); a page is 50 tasks");
    }

    private static String key(String caller, int open, String condition) {
        return caller + " at " + String.format("%,d", open) + " open, " + condition;
    }

    /** Up to this many calls one after the other, for at most {@link #PATIENCE}. */
    private Histogram measure(Caller caller, int calls) {
        Histogram latencies = new Histogram(3);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int i = 0; i < calls && System.nanoTime() < deadline; i++) {
            long started = System.nanoTime();
            firstPage(caller);
            latencies.recordValue((System.nanoTime() - started) / 1000);
        }
        return latencies;
    }

    private TaskPage firstPage(Caller caller) {
        return staffTasks.mine(caller, new StaffTasks.Filter(null, null, null, null), 0, 50);
    }
}
