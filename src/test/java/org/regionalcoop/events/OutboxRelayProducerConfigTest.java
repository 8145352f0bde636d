package org.regionalcoop.events;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's producer looks for a broker that went away every few seconds at most, however long the relay
 * pauses between its own attempts: with the relay's minute it found a broker back from a one-minute outage
 * 30-50 s late (the broker drill, docs/benchmarks.md).
 */
class OutboxRelayProducerConfigTest {

    @Test
    void theProducerLooksForAReturnedBrokerEveryFewSecondsHoweverLongTheRelayPauses() {
        Map<String, Object> patient = OutboxRelay.producerConfig(Map.of(),
                new EventsProperties.Relay(Duration.ofSeconds(1), Duration.ofMinutes(1), 500, Duration.ofSeconds(30), Duration.ZERO));
        Map<String, Object> eager = OutboxRelay.producerConfig(Map.of(),
                new EventsProperties.Relay(Duration.ofSeconds(1), Duration.ofSeconds(2), 500, Duration.ofSeconds(30), Duration.ZERO));

        assertThat(patient.get(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG)).isEqualTo(5_000L);
        assertThat(eager.get(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG)).isEqualTo(2_000L);
    }
}
