package org.regionalcoop.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.File;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark against a baseline commit ({@code -Dbenchmark.baseline=<git ref>}): builds the baseline in a
 * worktree of its own under {@code target/baseline/}, then runs the baseline's benchmark and this build's one
 * round at a time, baseline first in odd rounds and second in even ones, each in a JVM of its own with the same
 * heap, the same settings and embedded servers started the same way. A machine shared with other builds makes
 * absolute figures move from minute to minute; rounds that alternate within one session let the ratio of each
 * figure (this build ÷ baseline) hold.
 */
final class BaselineComparison {

    private static final String MAIN = Benchmark.class.getName();
    /** W4 names its figures with the user's task count, which the builds may count differently ("2010", "1000+"). */
    private static final Pattern MINE = Pattern.compile(" \\(\\d+\\+? mine\\)");

    private final String baseline;
    private final Path output;
    private final Settings settings;
    private final Progress progress;

    BaselineComparison(String baseline, Path output, Settings settings, Progress progress) {
        this.baseline = baseline;
        this.output = output;
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs both builds and prints and writes their figures side by side; false when a run failed. */
    boolean run() throws IOException, InterruptedException {
        String load = loadAverage();
        Path repository = Path.of("").toAbsolutePath();
        String commit = git(repository, "rev-parse", "--verify", baseline + "^{commit}");
        String current = git(repository, "rev-parse", "--short=12", "HEAD")
                + (git(repository, "status", "--porcelain", "--untracked-files=no").isEmpty() ? "" : " with uncommitted changes");
        String baselineClasspath = build(repository, commit);
        Path session = output.resolve("comparison-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-'));
        String currentClasspath = snapshot(repository, session.resolve("current-build"));
        Map<String, List<JsonNode>> runs = new LinkedHashMap<>();
        runs.put("baseline", new ArrayList<>());
        runs.put("current", new ArrayList<>());
        boolean failed = false;
        for (int round = 1; round <= settings.rounds(); round++) {
            List<String> order = round % 2 == 1 ? List.of("baseline", "current") : List.of("current", "baseline");
            for (String side : order) {
                String classpath = side.equals("baseline") ? baselineClasspath : currentClasspath;
                Path directory = session.resolve(side + "-" + round);
                progress.say("round %d/%d: the %s build (%s)", round, settings.rounds(), side,
                        side.equals("baseline") ? commit.substring(0, 12) : current);
                int exit = benchmark(classpath, directory);
                failed |= exit != 0;
                if (!Files.isDirectory(directory)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                        runs.get(side).add(new ObjectMapper().readTree(file.toFile()));
                    }
                }
            }
        }
        List<Row> rows = rows(runs.get("baseline"), runs.get("current"));
        print(System.out, commit, current, load, rows);
        Files.createDirectories(session);
        Path file = session.resolve("comparison.json");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("baseline", commit);
        document.put("current", current);
        document.put("rounds", settings.rounds());
        document.put("loadAverageBefore", load);
        document.put("figures", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        System.out.println("JSON: " + file + " (each run's own under " + session + ")");
        return !failed;
    }

    /** One figure of both builds: the median over the runs of each run's median, and current ÷ baseline. */
    record Row(String workload, String metric, String unit, List<Double> baseline, List<Double> current) {

        double baselineMedian() {
            return baseline.isEmpty() ? Double.NaN : Stats.median(baseline);
        }

        double currentMedian() {
            return current.isEmpty() ? Double.NaN : Stats.median(current);
        }

        double ratio() {
            return currentMedian() / baselineMedian();
        }
    }

    private static List<Row> rows(List<JsonNode> baseline, List<JsonNode> current) {
        Map<String, Row> rows = new LinkedHashMap<>();
        collect(baseline, rows, true);
        collect(current, rows, false);
        return List.copyOf(rows.values());
    }

    private static void collect(List<JsonNode> runs, Map<String, Row> rows, boolean baseline) {
        for (JsonNode run : runs) {
            for (JsonNode figure : run.path("figures")) {
                String workload = figure.path("workload").asText();
                String metric = MINE.matcher(figure.path("metric").asText()).replaceAll("");
                Row row = rows.computeIfAbsent(workload + "\u0000" + metric, key -> new Row(workload, metric,
                        figure.path("unit").asText(), new ArrayList<>(), new ArrayList<>()));
                (baseline ? row.baseline() : row.current()).add(figure.path("median").asDouble());
            }
        }
    }

    private void print(PrintStream out, String commit, String current, String load, List<Row> rows) {
        out.println();
        out.printf(Locale.ROOT, "Baseline %s against %s, %d alternating rounds each, load average %s before the start%n",
                commit.substring(0, 12), current, settings.rounds(), load);
        out.printf(Locale.ROOT, "%-6s %-66s %12s %12s %9s  %s%n", "work", "metric", "baseline", "current", "ratio", "unit");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "%-6s %-66s %12s %12s %8s×  %s%n", row.workload(), row.metric(),
                    Stats.format(row.baselineMedian()), Stats.format(row.currentMedian()),
                    Double.isNaN(row.ratio()) ? "—" : String.format(Locale.ROOT, "%.3f", row.ratio()), row.unit());
        }
    }

    /**
     * The baseline's worktree under target/baseline/, built once per commit; returns its test class path.
     * The build uses the baseline's own wrapper and pom, so its dependencies are the ones it shipped with.
     */
    private String build(Path repository, String commit) throws IOException, InterruptedException {
        Path worktree = repository.resolve("target/baseline").resolve(commit.substring(0, 12));
        Path classpathFile = worktree.resolve("target/benchmark-classpath.txt");
        if (!Files.exists(classpathFile)) {
            if (!Files.exists(worktree)) {
                progress.say("checking out the baseline %s in %s", commit.substring(0, 12), worktree);
                git(repository, "worktree", "prune");
                git(repository, "worktree", "add", "--detach", worktree.toString(), commit);
            }
            progress.say("building the baseline (test-compile)");
            exec(worktree, List.of("./mvnw", "-q", "-B", "test-compile", "dependency:build-classpath",
                    "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + classpathFile));
        }
        return String.join(File.pathSeparator, worktree.resolve("target/test-classes").toString(),
                worktree.resolve("target/classes").toString(), Files.readString(classpathFile).trim());
    }

    /**
     * This build's class path with its compiled classes copied under the session, so that compiling while the
     * comparison runs changes neither side.
     */
    private static String snapshot(Path repository, Path copies) throws IOException {
        Path target = repository.resolve("target");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!Files.isDirectory(path) || !path.startsWith(target)) {
                entries.add(entry);
                continue;
            }
            Path copy = copies.resolve(path.getFileName());
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.toList()) {
                    Path to = copy.resolve(path.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            entries.add(copy.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** One run of a build's benchmark: the same JVM settings as {@code exec:exec@benchmark}, one round. */
    private int benchmark(String classpath, Path directory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Dbenchmark.rounds=1"));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("benchmark.") && !name.equals("benchmark.rounds")
                        && !name.equals("benchmark.baseline"))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", classpath, MAIN, directory.toString()));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static String git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalArgumentException("git " + String.join(" ", arguments) + " failed: is "
                    + "benchmark.baseline a commit of this repository?");
        }
        return out;
    }

    private static void exec(Path directory, List<String> command) throws IOException, InterruptedException {
        if (new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + directory);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
