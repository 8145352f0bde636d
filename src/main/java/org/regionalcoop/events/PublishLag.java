package org.regionalcoop.events;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** How far publishing lags behind what committed, for administrators: the same figures as the outbox gauges. */
@Component
public class PublishLag {

    /** @param oldestAge how long the oldest unpublished event has waited; zero when none waits */
    @Schema(name = "PublishLag", description = "Events committed but not yet acknowledged by Kafka, and how long the oldest has waited")
    public record Figures(@Schema(description = "how many events are committed and not yet acknowledged by Kafka")
                          long pending,
                          @Schema(example = "PT2.5S", description = "how long the oldest of them has waited, an ISO-8601 "
                                  + "duration; PT0S when none waits")
                          Duration oldestAge) {
    }

    private final Outbox outbox;
    private final Clock clock;

    PublishLag(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Figures now() {
        Outbox.Backlog backlog = outbox.backlog();
        return new Figures(backlog.pending(), backlog.age(clock.instant()));
    }
}
