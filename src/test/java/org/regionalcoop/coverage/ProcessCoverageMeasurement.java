package org.regionalcoop.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one test JVM's process tests ran of every deployed process, written once that JVM's tests are over to
 * {@code target/process-test-coverage/jvms/<pid>.json}; {@link ProcessCoverageCheck} merges the JVMs' files and
 * enforces the minimum when the surefire run has ended.
 */
class ProcessCoverageMeasurement {

    static final Path MEASUREMENTS = Path.of("target", "process-test-coverage", "jvms");
    static final Path MODELS = Path.of("bpmn");

    private final RepositoryService repository;
    private final HistoryService history;
    private final ProcessCoverageRecorder recorder;

    ProcessCoverageMeasurement(RepositoryService repository, HistoryService history, ProcessCoverageRecorder recorder) {
        this.repository = repository;
        this.history = history;
        this.recorder = recorder;
    }

    /** The deployed models of {@code bpmn/} by file name, and each one's process measured against what ran. */
    record OfOneJvm(Set<String> deployedModels, List<ProcessCoverage> processes) {
    }

    void write() throws IOException {
        // The platform's models, those of bpmn/; a process a test deploys for itself (the failing step that makes an
        // incident, the short-lived one the history clean-up purges) is none of them.
        List<ProcessDefinition> platforms = repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list().stream()
                .filter(ProcessCoverageMeasurement::isThePlatforms).toList();
        Set<String> deployed = platforms.stream().map(definition -> modelFile(definition).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        OfOneJvm measurement = new OfOneJvm(deployed, platforms.stream().map(this::measure).toList());
        Files.createDirectories(MEASUREMENTS);
        new ObjectMapper().writeValue(MEASUREMENTS.resolve(ProcessHandle.current().pid() + ".json").toFile(), measurement);
    }

    private static boolean isThePlatforms(ProcessDefinition definition) {
        return Files.isRegularFile(MODELS.resolve(modelFile(definition)));
    }

    private static Path modelFile(ProcessDefinition definition) {
        return Path.of(definition.getResourceName()).getFileName();
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
}
