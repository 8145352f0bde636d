package org.regionalcoop.coverage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs once, when the whole test run ends: measures every deployed process against what the tests ran
 * (all test classes together), writes the report and fails the run if a process is below the minimum.
 * A deployed process that no test starts counts as 0 %, so a new model cannot slip in untested.
 */
class ProcessCoverageCheck implements ExtensionContext.Store.CloseableResource {

    static final double MINIMUM = 0.9;
    static final Path REPORT = Path.of("target", "process-test-coverage", "report.txt");
    private static final Path MODELS = Path.of("bpmn");

    private final RepositoryService repository;
    private final HistoryService history;
    private final ProcessCoverageRecorder recorder;

    ProcessCoverageCheck(RepositoryService repository, HistoryService history, ProcessCoverageRecorder recorder) {
        this.repository = repository;
        this.history = history;
        this.recorder = recorder;
    }

    @Override
    public void close() throws IOException {
        List<ProcessCoverage> processes = measure();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, lines(processes) + "\n");
        List<ProcessCoverage> below = processes.stream().filter(process -> process.ratio() < MINIMUM).toList();
        // A run of a few chosen tests (-Dtest=...) measures only what it ran; the full suite enforces.
        if (!below.isEmpty() && Boolean.parseBoolean(System.getProperty("process.coverage.enforce", "true"))) {
            throw new AssertionError(String.format("Process test coverage below %.0f %% (report: %s):%n%s",
                    MINIMUM * 100, REPORT, lines(below)));
        }
    }

    private List<ProcessCoverage> measure() {
        // The platform's models, those of bpmn/; a process a test deploys for itself (the failing step that makes an
        // incident, the short-lived one the history clean-up purges) is none of them.
        List<ProcessDefinition> platforms = repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list().stream().filter(ProcessCoverageCheck::isThePlatforms).toList();
        Set<String> deployed = platforms.stream()
                .map(definition -> Path.of(definition.getResourceName()).getFileName().toString()).collect(Collectors.toSet());
        try (var models = Files.list(MODELS)) {
            List<String> missing = models.map(model -> model.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") && !deployed.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new AssertionError("Models of bpmn/ the engine has not deployed, so not measured: " + missing);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return platforms.stream().map(this::measure).toList();
    }

    private static boolean isThePlatforms(ProcessDefinition definition) {
        return Files.isRegularFile(MODELS.resolve(Path.of(definition.getResourceName()).getFileName()));
    }

    private ProcessCoverage measure(ProcessDefinition definition) {
        Set<String> ran = new HashSet<>();
        for (String instanceId : recorder.instancesOf(definition.getKey())) {
            history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list().stream()
                    .map(HistoricActivityInstance::getActivityId).forEach(ran::add);
            ran.addAll(recorder.flowsTakenBy(instanceId));
        }
        return ProcessCoverage.of(definition.getKey(), repository.getBpmnModelInstance(definition.getId()), ran);
    }

    private static String lines(List<ProcessCoverage> processes) {
        return processes.stream().map(ProcessCoverage::toString).collect(Collectors.joining("\n"));
    }
}
