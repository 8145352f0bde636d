package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.security.Caller;
import org.regionalcoop.security.PlatformActions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What failed and an administrator's hand on it: open incidents and their retry, dead letters and their replay.
 * Only administrators intervene; anyone else gets the refusal the API gives for the agreement concerned: 403
 * when they may see it, 404 when they may not. Each intervention on an agreement enters its audit log.
 */
@Service
public class Interventions {

    private static final int MAX_INCIDENTS = 1000;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final DeadLetterArchive deadLetters;
    private final Agreements agreements;
    private final PlatformActions platform;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProcessEngineConfigurationImpl engine;

    Interventions(RuntimeService runtime, ManagementService management, RepositoryService repository,
                  DeadLetterArchive deadLetters, Agreements agreements, PlatformActions platform,
                  ApplicationEventPublisher events, Clock clock, ProcessEngineConfigurationImpl engine) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.deadLetters = deadLetters;
        this.agreements = agreements;
        this.platform = platform;
        this.events = events;
        this.clock = clock;
        this.engine = engine;
    }

    /** Every open incident, the oldest first. */
    public List<Incident> incidents() {
        return platform.asPlatform(() -> runtime.createIncidentQuery().orderByIncidentTimestamp().asc()
                .listPage(0, MAX_INCIDENTS).stream().map(this::incident).toList());
    }

    /** The open incidents of the agreement's processes, the oldest first. */
    public List<Incident> incidentsOf(AgreementId agreement) {
        return platform.asPlatform(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(agreement + "%").listPage(0, MAX_INCIDENTS).stream()
                .flatMap(instance -> runtime.createIncidentQuery().processInstanceId(instance.getId())
                        .orderByIncidentTimestamp().asc().listPage(0, MAX_INCIDENTS).stream())
                .map(this::incident).toList());
    }

    /**
     * Gives the failed job one more attempt, and wakes the job executor once that is committed: the engine wakes it
     * for the jobs it creates, not for one given retries, so the retry would otherwise wait for its next regular look.
     */
    @Transactional
    public Incident retry(String incidentId, Caller caller) {
        Incident incident = platform.asPlatform(() -> {
            var found = Optional.ofNullable(runtime.createIncidentQuery().incidentId(incidentId).singleResult())
                    .orElseThrow(() -> new NotFoundException("No open incident " + incidentId));
            Incident failed = incident(found);
            mayIntervene(failed.agreementId(), caller, "incident " + incidentId);
            if (found.getConfiguration() == null) {
                throw new NotFoundException("Incident " + incidentId + " has no job to retry");
            }
            management.setJobRetries(found.getConfiguration(), 1);
            return failed;
        });
        wakeJobExecutorAfterCommit();
        BusinessKeys.agreementOf(incident.agreementId()).ifPresent(agreement -> events.publishEvent(
                new IncidentRetried(agreement.value(), incident.id(), incident.processDefinitionKey(),
                        incident.failingStep(), incident.error(), caller.userId(), clock.instant())));
        return incident;
    }

    private void wakeJobExecutorAfterCommit() {
        if (engine.getJobExecutor() != null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    engine.getJobExecutor().jobWasAdded();
                }
            });
        }
    }

    /** Sends a dead letter back to its topic, e.g. once the ballot it answers is open. */
    @Transactional
    public DeadLetter replay(long deadLetterId, Caller caller) {
        DeadLetter letter = deadLetters.find(deadLetterId)
                .orElseThrow(() -> new NotFoundException("No dead letter " + deadLetterId));
        mayIntervene(letter.agreementId(), caller, "dead letter " + deadLetterId);
        deadLetters.replay(deadLetterId);
        BusinessKeys.agreementOf(letter.agreementId()).ifPresent(agreement -> events.publishEvent(
                new DeadLetterReplayed(agreement.value(), letter.id(), letter.topic(), letter.reason(), caller.userId(),
                        clock.instant())));
        return letter;
    }

    private void mayIntervene(String agreementId, Caller caller, String what) {
        if (caller.isAdministrator()) {
            return;
        }
        Optional<AgreementId> agreement = BusinessKeys.agreementOf(agreementId);
        if (agreement.isPresent() && mayView(agreement.get(), caller)) {
            throw new ForbiddenException("Only administrators retry and replay: " + what);
        }
        throw new NotFoundException("No " + what);
    }

    private boolean mayView(AgreementId agreement, Caller caller) {
        try {
            agreements.get(agreement, caller);
            return true;
        } catch (NotFoundException notVisible) {
            return false;
        }
    }

    private Incident incident(org.camunda.bpm.engine.runtime.Incident incident) {
        return new Incident(incident.getId(), repository.getProcessDefinition(incident.getProcessDefinitionId()).getKey(),
                incident.getActivityId(), incident.getIncidentMessage(), agreementOf(incident.getProcessInstanceId()),
                incident.getIncidentTimestamp().toInstant());
    }

    private String agreementOf(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getBusinessKey() == null ? null : instance.getBusinessKey().split(":")[0];
    }
}
