package org.regionalcoop.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs once the surefire run has ended (the build's {@code process-coverage} step): merges what the test JVMs
 * measured ({@link ProcessCoverageMeasurement}), so a process counts what the process tests of all JVMs ran, writes
 * the report and fails the build if a process is below the minimum. A deployed process that no test starts counts as
 * 0 %, so a new model cannot slip in untested. A run without a process test (e.g. a single other test class) has no
 * measurement, and nothing is checked.
 */
public final class ProcessCoverageCheck {

    static final double MINIMUM = 0.9;
    static final Path REPORT = Path.of("target", "process-test-coverage", "report.txt");

    private ProcessCoverageCheck() {
    }

    /** Exits with 1 and the processes below the minimum (or the models never deployed) if the check fails. */
    public static void main(String[] args) throws IOException {
        List<ProcessCoverageMeasurement.OfOneJvm> measurements = measurements();
        if (measurements.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>(undeployed(measurements));
        Collection<ProcessCoverage> processes = merged(measurements);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, lines(processes) + "\n");
        List<ProcessCoverage> below = processes.stream().filter(process -> process.ratio() < MINIMUM).toList();
        // A run of a few chosen tests (-Dtest=...) measures only what it ran; the full suite enforces.
        if (!below.isEmpty() && Boolean.parseBoolean(System.getProperty("process.coverage.enforce", "true"))) {
            problems.add(String.format("Process test coverage below %.0f %% (report: %s):%n%s", MINIMUM * 100, REPORT,
                    lines(below)));
        }
        if (!problems.isEmpty()) {
            System.err.println(String.join("\n", problems));
            System.exit(1);
        }
    }

    private static List<ProcessCoverageMeasurement.OfOneJvm> measurements() throws IOException {
        if (!Files.isDirectory(ProcessCoverageMeasurement.MEASUREMENTS)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<ProcessCoverageMeasurement.OfOneJvm> measurements = new ArrayList<>();
        try (Stream<Path> files = Files.list(ProcessCoverageMeasurement.MEASUREMENTS)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                measurements.add(json.readValue(file.toFile(), ProcessCoverageMeasurement.OfOneJvm.class));
            }
        }
        return measurements;
    }

    private static List<String> undeployed(List<ProcessCoverageMeasurement.OfOneJvm> measurements) throws IOException {
        Set<String> deployed = measurements.stream().flatMap(measurement -> measurement.deployedModels().stream())
                .collect(Collectors.toSet());
        try (Stream<Path> models = Files.list(ProcessCoverageMeasurement.MODELS)) {
            List<String> missing = models.map(model -> model.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") && !deployed.contains(name)).sorted().toList();
            return missing.isEmpty() ? List.of()
                    : List.of("Models of bpmn/ the engine has not deployed, so not measured: " + missing);
        }
    }

    private static Collection<ProcessCoverage> merged(List<ProcessCoverageMeasurement.OfOneJvm> measurements) {
        Map<String, ProcessCoverage> processes = new TreeMap<>();
        measurements.stream().flatMap(measurement -> measurement.processes().stream())
                .forEach(process -> processes.merge(process.processKey(), process, ProcessCoverage::and));
        return processes.values();
    }

    private static String lines(Collection<ProcessCoverage> processes) {
        return processes.stream().map(ProcessCoverage::toString).collect(Collectors.joining("\n"));
    }
}
