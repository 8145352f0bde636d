package org.regionalcoop.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * How this instance announces events.
 *
 * @param source the CloudEvents {@code source} of every event this platform instance publishes
 * @param relay  how the outbox relay publishes committed events to Kafka
 */
@ConfigurationProperties("platform.events")
record EventsProperties(@DefaultValue("urn:regionalcoop:platform") URI source, @DefaultValue Relay relay) {

    /**
     * @param pollInterval how often the relay looks for pending events when no commit woke it
     * @param maxBackoff   the longest pause between attempts while the broker or database fails
     * @param batchSize    events read and sent per attempt
     * @param sendTimeout  how long one attempt waits for the broker before it counts as failed
     */
    record Relay(@DefaultValue("PT1S") Duration pollInterval, @DefaultValue("PT1M") Duration maxBackoff,
                 @DefaultValue("500") int batchSize, @DefaultValue("PT30S") Duration sendTimeout) {
    }
}
