package org.regionalcoop.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Publish lag for operators: how much is waiting in the outbox and since when. Read from the database at each scrape. */
class OutboxMetrics implements MeterBinder {

    private final Outbox outbox;
    private final Clock clock;

    OutboxMetrics(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("platform.outbox.backlog", outbox, o -> o.backlog().pending())
                .description("Events committed to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        TimeGauge.builder("platform.outbox.oldest.age", outbox, TimeUnit.MILLISECONDS,
                        o -> o.backlog().age(clock.instant()).toMillis())
                .description("Age of the oldest event not yet acknowledged by Kafka: the publish lag")
                .register(registry);
    }
}
