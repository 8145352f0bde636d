package org.regionalcoop.simulator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The participant simulator, for the local run only: in production the governments' real systems answer. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.simulator.enabled", havingValue = "true")
class SimulatorConfiguration {

    @Bean
    ParticipantSimulator participantSimulator(SimulatorSettings settings, KafkaProperties kafka, SslBundles sslBundles,
                                              MeterRegistry meters, ObservationRegistry observations) {
        return new ParticipantSimulator(settings, kafka, sslBundles, meters, observations);
    }
}
