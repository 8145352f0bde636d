package org.regionalcoop.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.Approvals;
import org.springframework.stereotype.Component;

/** The monitoring figures as Micrometer gauges, read when scraped, for dashboards and alerts. */
@Component
class MonitoringMetrics {

    MonitoringMetrics(MeterRegistry registry, Agreements agreements, Approvals approvals) {
        for (AgreementStatus status : AgreementStatus.values()) {
            Gauge.builder("platform.agreements", agreements, a -> a.countByStatus().get(status))
                    .description("Agreements at this stage of the lifecycle")
                    .tag("status", status.key())
                    .register(registry);
        }
        Gauge.builder("platform.escalations.open", approvals, a -> a.openEscalations().size())
                .description("Service-level breaches not yet resolved")
                .register(registry);
    }
}
