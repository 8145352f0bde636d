package org.regionalcoop.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.approval.Escalation;
import org.regionalcoop.events.ConsumerLag;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.PublishLag;
import org.regionalcoop.security.Caller;
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

/** Where every agreement stands, what is late and what failed; administrators only (see the security rules). */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Monitoring", description = "Where every agreement stands, what is late and what failed, and the two "
        + "interventions an operator makes (retry a failed job, replay a dead letter). Administrators only: 403 for "
        + "everyone else.")
class MonitoringController {

    /** An open escalation and how long it has been open (ISO-8601). */
    @Schema(description = "An escalation raised because an approval was not decided in time, still open")
    record OpenEscalation(@Schema(description = "the escalation as raised") Escalation escalation,
                          @Schema(description = "how long it has been open, an ISO-8601 duration", example = "P3DT4H")
                          Duration age) {
    }

    @Schema(description = "Inbound events that could not be applied, kept with why")
    record DeadLetterReport(@Schema(description = "how many dead letters there are for each reason") Map<String, Long> byReason,
                            @Schema(description = "the latest dead letters, newest first") List<DeadLetterArchive.DeadLetter> latest) {
    }

    private final Agreements agreements;
    private final DeadLetterArchive deadLetters;
    private final PublishLag publishLag;
    private final Approvals approvals;
    private final Interventions interventions;
    private final ConsumerLag consumerLag;
    private final Throughput throughput;
    private final Clock clock;

    MonitoringController(Agreements agreements, DeadLetterArchive deadLetters, PublishLag publishLag, Approvals approvals,
                         Interventions interventions, ConsumerLag consumerLag, Throughput throughput, Clock clock) {
        this.agreements = agreements;
        this.deadLetters = deadLetters;
        this.publishLag = publishLag;
        this.approvals = approvals;
        this.interventions = interventions;
        this.consumerLag = consumerLag;
        this.throughput = throughput;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    @Operation(operationId = "countAgreementsByStatus", summary = "Count agreements by status",
            description = "How many agreements are in each status, across all governments.")
    Map<AgreementStatus, Long> agreementsByStatus() {
        return agreements.countByStatus();
    }

    @GetMapping("/escalations")
    @Operation(operationId = "listOpenEscalations", summary = "List open escalations",
            description = "Approvals escalated to a higher authority because they were late, with how long each has been open.")
    List<OpenEscalation> openEscalations() {
        return approvals.openEscalations().stream()
                .map(escalation -> new OpenEscalation(escalation, Duration.between(escalation.raisedAt(), clock.instant())))
                .toList();
    }

    @GetMapping("/incidents")
    @Operation(operationId = "listIncidents", summary = "List failed jobs",
            description = "The engine's incidents: jobs that failed every retry, with the error and the agreement they concern.")
    List<Incident> incidents() {
        return interventions.incidents();
    }

    /** Gives a failed job one more attempt; the job executor runs it again shortly. */
    @PostMapping("/incidents/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "retryIncident", summary = "Retry a failed job",
            description = "Gives the incident's job one more attempt; the job executor runs it shortly (202), and the "
                    + "incident closes if it succeeds.")
    ResponseEntity<Void> retry(@Parameter(description = "The incident's id, as the incidents list gives it") @PathVariable String id) {
        interventions.retry(id, Caller.current());
        return ResponseEntity.accepted().build();
    }

    /** Events committed but not yet acknowledged by Kafka, and how long the oldest has waited. */
    @GetMapping("/outbox")
    @Operation(operationId = "getOutbox", summary = "Read the outbox's backlog",
            description = "Events committed but not yet acknowledged by Kafka, and how long the oldest has waited.")
    PublishLag.Figures outbox() {
        return publishLag.now();
    }

    /**
     * Participants' records the platform has not yet taken in, per inbound topic; figures up to a few seconds
     * old, and the previous ones (with the problem) when the broker does not answer in time.
     */
    @GetMapping("/consumer-lag")
    @Operation(operationId = "getConsumerLag", summary = "Read the consumer lag",
            description = "Participants' records not yet taken in, per inbound topic; figures up to a few seconds old.")
    ConsumerLag.Figures consumerLag() {
        return consumerLag.now();
    }

    /** Events published, participants' events applied, tasks and lifecycles completed in each trailing window. */
    @GetMapping("/throughput")
    @Operation(operationId = "getThroughput", summary = "Read the throughput",
            description = "Events published and applied, tasks and lifecycles completed, in each trailing window.")
    List<Throughput.Window> throughput() {
        return throughput.now();
    }

    /** Dead letters by reason, and the latest ones with why they could not be applied. */
    @GetMapping("/dead-letters")
    @Operation(operationId = "getDeadLetters", summary = "Read the dead letters",
            description = "Dead letters counted by reason, and the latest ones with why they could not be applied.")
    DeadLetterReport deadLetters(@Parameter(description = "how many of the latest dead letters to list")
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int latest) {
        return new DeadLetterReport(deadLetters.countsByReason(), deadLetters.latest(latest));
    }

    /** Sends a dead letter back to its topic, e.g. once the ballot it answers is open. */
    @PostMapping("/dead-letters/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "replayDeadLetter", summary = "Replay a dead letter",
            description = "Sends the dead letter back to its topic (202), e.g. once the ballot it answers is open; if it "
                    + "still cannot be applied it is dead-lettered again.")
    ResponseEntity<Void> replay(@Parameter(description = "The dead letter's id, as the dead letters list gives it")
                                @PathVariable long id) {
        interventions.replay(id, Caller.current());
        return ResponseEntity.accepted().build();
    }
}
