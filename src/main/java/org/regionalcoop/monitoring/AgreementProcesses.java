package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Every process an agreement ran through, from the engine's history: the lifecycle and each consensus round,
 * ballot, approval, grant decision, joint project and settlement, running or ended, with the steps each took.
 * Every platform process carries the agreement's id at the start of its business key, so one query finds them.
 * The caller's right to the agreement is checked before: these read as the platform.
 */
@Service
public class AgreementProcesses {

    /**
     * One process instance of the agreement.
     *
     * @param definitionId the deployed version it runs on; its diagram is {@link #diagram(String)}
     * @param state        the engine's history state, e.g. {@code ACTIVE}, {@code COMPLETED}, {@code INTERNALLY_TERMINATED}
     */
    public record Run(String id, String definitionId, String definitionKey, String name, String businessKey,
                      Instant startedAt, Instant endedAt, String state, List<Step> steps) {

        /** The BPMN elements where the instance waits now (none once it ended). */
        public List<String> current() {
            return steps.stream().filter(Step::current).map(Step::elementId).distinct().toList();
        }

        /** The BPMN elements it passed, in the order it reached them. */
        public List<String> passed() {
            return steps.stream().filter(step -> !step.current()).map(Step::elementId).distinct().toList();
        }

        public boolean running() {
            return endedAt == null;
        }
    }

    /** One BPMN element an instance reached; {@code current} while it has not left it. */
    public record Step(String elementId, String name, String type, Instant startedAt, Instant endedAt, boolean canceled) {

        public boolean current() {
            return endedAt == null;
        }
    }

    /** More than any agreement runs (a lifecycle, its rounds and ballots, projects, years of settlements). */
    private static final int MAX_RUNS = 500;
    private static final int MAX_STEPS = 1000;

    private final HistoryService history;
    private final RepositoryService repository;
    private final PlatformActions platform;

    AgreementProcesses(HistoryService history, RepositoryService repository, PlatformActions platform) {
        this.history = history;
        this.repository = repository;
        this.platform = platform;
    }

    /** The agreement's process instances, the earliest first, closed ones included. */
    public List<Run> of(AgreementId agreement) {
        return platform.asPlatform(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(agreement + "%")
                .orderByProcessInstanceStartTime().asc()
                .listPage(0, MAX_RUNS).stream()
                .map(this::run).toList());
    }

    /** Whether one of the agreement's processes ran on this deployed version. */
    public boolean ranOn(AgreementId agreement, String definitionId) {
        return platform.asPlatform(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(agreement + "%").processDefinitionId(definitionId).count() > 0);
    }

    /** The BPMN XML of a deployed process version, for the viewer. */
    public String diagram(String definitionId) {
        return platform.asPlatform(() -> {
            ProcessDefinition definition = Optional.ofNullable(repository.createProcessDefinitionQuery()
                            .processDefinitionId(definitionId).singleResult())
                    .orElseThrow(() -> new NotFoundException("No process definition " + definitionId));
            try (InputStream model = repository.getProcessModel(definition.getId())) {
                return new String(model.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Run run(HistoricProcessInstance instance) {
        List<Step> steps = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
                .listPage(0, MAX_STEPS).stream()
                .map(step -> new Step(step.getActivityId(), step.getActivityName(), step.getActivityType(),
                        instant(step.getStartTime()), instant(step.getEndTime()), step.isCanceled()))
                .toList();
        return new Run(instance.getId(), instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionName(), instance.getBusinessKey(), instant(instance.getStartTime()),
                instant(instance.getEndTime()), instance.getState(), steps);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
