package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.approval.Escalation;
import org.regionalcoop.events.ConsumerLag;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.PublishLag;
import org.regionalcoop.security.PlatformActions;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where every agreement stands, what is late and what failed; administrators only (see the security rules). */
@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

    /** An open escalation and how long it has been open (ISO-8601). */
    record OpenEscalation(Escalation escalation, Duration age) {
    }

    record DeadLetterReport(Map<String, Long> byReason, List<DeadLetterArchive.DeadLetter> latest) {
    }

    private final Agreements agreements;
    private final DeadLetterArchive deadLetters;
    private final PublishLag publishLag;
    private final Approvals approvals;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final PlatformActions platform;
    private final ConsumerLag consumerLag;
    private final Throughput throughput;
    private final Clock clock;

    MonitoringController(Agreements agreements, DeadLetterArchive deadLetters, PublishLag publishLag, Approvals approvals,
                         RuntimeService runtime, ManagementService management, RepositoryService repository,
                         PlatformActions platform, ConsumerLag consumerLag, Throughput throughput, Clock clock) {
        this.agreements = agreements;
        this.deadLetters = deadLetters;
        this.publishLag = publishLag;
        this.approvals = approvals;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.platform = platform;
        this.consumerLag = consumerLag;
        this.throughput = throughput;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    Map<AgreementStatus, Long> agreementsByStatus() {
        return agreements.countByStatus();
    }

    @GetMapping("/escalations")
    List<OpenEscalation> openEscalations() {
        return approvals.openEscalations().stream()
                .map(escalation -> new OpenEscalation(escalation, Duration.between(escalation.raisedAt(), clock.instant())))
                .toList();
    }

    @GetMapping("/incidents")
    List<Incident> incidents() {
        return platform.asPlatform(() -> runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list().stream()
                .map(incident -> new Incident(incident.getId(),
                        repository.getProcessDefinition(incident.getProcessDefinitionId()).getKey(),
                        incident.getActivityId(), incident.getIncidentMessage(),
                        agreementOf(incident.getProcessInstanceId()), incident.getIncidentTimestamp().toInstant()))
                .toList());
    }

    /** Gives a failed job one more attempt; the job executor runs it again shortly. */
    @PostMapping("/incidents/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> retry(@PathVariable String id) {
        platform.asPlatform(() -> {
            var incident = Optional.ofNullable(runtime.createIncidentQuery().incidentId(id).singleResult())
                    .orElseThrow(() -> new NotFoundException("No open incident " + id));
            if (incident.getConfiguration() == null) {
                throw new NotFoundException("Incident " + id + " has no job to retry");
            }
            management.setJobRetries(incident.getConfiguration(), 1);
            return null;
        });
        return ResponseEntity.accepted().build();
    }

    /** Events committed but not yet acknowledged by Kafka, and how long the oldest has waited. */
    @GetMapping("/outbox")
    PublishLag.Figures outbox() {
        return publishLag.now();
    }

    /**
     * Participants' records the platform has not yet taken in, per inbound topic; figures up to a few seconds
     * old, and the previous ones (with the problem) when the broker does not answer in time.
     */
    @GetMapping("/consumer-lag")
    ConsumerLag.Figures consumerLag() {
        return consumerLag.now();
    }

    /** Events published, participants' events applied, tasks and lifecycles completed in each trailing window. */
    @GetMapping("/throughput")
    List<Throughput.Window> throughput() {
        return throughput.now();
    }

    /** Dead letters by reason, and the latest ones with why they could not be applied. */
    @GetMapping("/dead-letters")
    DeadLetterReport deadLetters(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int latest) {
        return new DeadLetterReport(deadLetters.countsByReason(), deadLetters.latest(latest));
    }

    /** Sends a dead letter back to its topic, e.g. once the ballot it answers is open. */
    @PostMapping("/dead-letters/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> replay(@PathVariable long id) {
        if (!deadLetters.replay(id)) {
            throw new NotFoundException("No dead letter " + id);
        }
        return ResponseEntity.accepted().build();
    }

    private String agreementOf(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getBusinessKey() == null ? null : instance.getBusinessKey().split(":")[0];
    }
}
