package org.regionalcoop.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.events.ConsumerLag;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The monitoring figures as Micrometer gauges, read when scraped, for dashboards and alerts. */
@Component
class MonitoringMetrics {

    /** One count per scrape serves every status gauge, rather than one query each. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Agreements agreements;
    private final Clock clock;
    private Map<AgreementStatus, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    private final Throughput throughput;
    private List<Throughput.Window> windows = List.of();
    private Instant windowsCountedAt = Instant.MIN;

    MonitoringMetrics(MeterRegistry registry, Agreements agreements, Approvals approvals, ConsumerLag consumerLag,
                      Throughput throughput, MonitoringSettings settings, RuntimeService runtime,
                      ManagementService management, PlatformActions platform, Clock clock) {
        this.agreements = agreements;
        this.throughput = throughput;
        this.clock = clock;
        for (AgreementStatus status : AgreementStatus.values()) {
            Gauge.builder("platform.agreements", this, metrics -> metrics.count(status))
                    .description("Agreements at this stage of the lifecycle")
                    .tag("status", status.key())
                    .register(registry);
        }
        Gauge.builder("platform.escalations.open", approvals, a -> a.openEscalations().size())
                .description("Service-level breaches not yet resolved")
                .register(registry);
        // As the platform: the scrape's caller (the metrics user) may see no process instance, so no incident or job.
        Gauge.builder("platform.incidents.open", runtime, r -> platform.asPlatform(() -> r.createIncidentQuery().count()))
                .description("Failed process steps waiting for an administrator (GET /api/monitoring/incidents)")
                .register(registry);
        Gauge.builder("platform.engine.jobs.due", management,
                        m -> platform.asPlatform(() -> m.createJobQuery().executable().count()))
                .description("Engine jobs (timers, asynchronous steps) due and not yet run: grows while no instance runs jobs")
                .register(registry);
        for (String topic : consumerLag.topics()) {
            Gauge.builder("platform.inbound.consumer.lag", consumerLag,
                            lag -> lag.now().byTopic().getOrDefault(topic, 0L).doubleValue())
                    .description("Records on this inbound topic the platform's consumer group has not yet taken in")
                    .tag("topic", topic)
                    .register(registry);
        }
        for (int index = 0; index < settings.throughputWindows().size(); index++) {
            String window = settings.throughputWindows().get(index).toString();
            int at = index;
            throughputGauge(registry, "events_published", window, metrics -> metrics.window(at).eventsPublished());
            throughputGauge(registry, "inbound_applied", window, metrics -> metrics.window(at).inboundApplied());
            throughputGauge(registry, "tasks_completed", window, metrics -> metrics.window(at).tasksCompleted());
            throughputGauge(registry, "lifecycles_completed", window, metrics -> metrics.window(at).lifecyclesCompleted());
        }
    }

    private void throughputGauge(MeterRegistry registry, String kind, String window,
                                 ToDoubleFunction<MonitoringMetrics> value) {
        Gauge.builder("platform.throughput", this, value)
                .description("Work done in the trailing window: events published, inbound applied, tasks and lifecycles completed")
                .tag("kind", kind)
                .tag("window", window)
                .register(registry);
    }

    private synchronized Throughput.Window window(int index) {
        Instant now = clock.instant();
        if (windowsCountedAt.plus(FRESH_FOR).isBefore(now)) {
            windows = throughput.now();
            windowsCountedAt = now;
        }
        return windows.get(index);
    }

    private synchronized long count(AgreementStatus status) {
        Instant now = clock.instant();
        if (countedAt.plus(FRESH_FOR).isBefore(now)) {
            counts = agreements.countByStatus();
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }
}
