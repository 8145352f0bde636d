package org.regionalcoop.simulator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * Simulated governments on the platform's broker, for the tests that watch the platform answered through events;
 * the test starts and stops each one it asks for.
 */
@Component
class Simulators {

    private final KafkaProperties kafka;
    private final SslBundles sslBundles;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;

    Simulators(KafkaProperties kafka, SslBundles sslBundles, MeterRegistry meters, ObservationRegistry observations) {
        this.kafka = kafka;
        this.sslBundles = sslBundles;
        this.meters = meters;
        this.observations = observations;
    }

    ParticipantSimulator simulating(SimulatorSettings settings) {
        return new ParticipantSimulator(settings, kafka, sslBundles, meters, observations);
    }
}
