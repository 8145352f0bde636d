package org.regionalcoop.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.Approvals;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The monitoring figures as Micrometer gauges, read when scraped, for dashboards and alerts. */
@Component
class MonitoringMetrics {

    /** One count per scrape serves every status gauge, rather than one query each. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Agreements agreements;
    private final Clock clock;
    private Map<AgreementStatus, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    MonitoringMetrics(MeterRegistry registry, Agreements agreements, Approvals approvals, Clock clock) {
        this.agreements = agreements;
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
