package org.regionalcoop.monitoring;

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
        return interventions.incidents();
    }

    /** Gives a failed job one more attempt; the job executor runs it again shortly. */
    @PostMapping("/incidents/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> retry(@PathVariable String id) {
        interventions.retry(id, Caller.current());
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
        interventions.replay(id, Caller.current());
        return ResponseEntity.accepted().build();
    }
}
