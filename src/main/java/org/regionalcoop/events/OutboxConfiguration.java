package org.regionalcoop.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/** The transactional outbox and its relay to Kafka (docs/decisions/outbox.md), and the events' retention. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration {

    @Bean
    Outbox outbox(JdbcTemplate jdbc) {
        return new Outbox(jdbc);
    }

    @Bean
    OutboxRelay outboxRelay(Outbox outbox, PlatformTransactionManager transactionManager, KafkaProperties kafka,
                            SslBundles sslBundles, EventsProperties properties, Clock clock,
                            ObservationRegistry observations) {
        return new OutboxRelay(outbox, new TransactionTemplate(transactionManager),
                new KafkaProducer<>(OutboxRelay.producerConfig(kafka.buildProducerProperties(sslBundles), properties.relay())),
                properties.relay(), clock, observations);
    }

    /**
     * The relay's producer as kafka_producer_* meters (sends, errors, retries, latency). Tagged with spring.id as
     * Spring's listeners tag the other clients: Prometheus serves a name with one set of tag keys only.
     */
    @Bean
    KafkaClientMetrics outboxRelayProducerMetrics(OutboxRelay relay) {
        return new KafkaClientMetrics(relay.producer(), List.of(Tag.of("spring.id", "outboxRelay")));
    }

    @Bean
    RelayLoop relayLoop(OutboxRelay relay, EventsProperties properties) {
        return new RelayLoop(relay, properties.relay());
    }

    @Bean
    OutboxWriter outboxWriter(Outbox outbox, ObjectMapper objectMapper, TopicCatalog topics, EventsProperties properties,
                              Clock clock, ObservationRegistry observations, RelayLoop relayLoop) {
        return new OutboxWriter(outbox, objectMapper, topics, properties.source(), clock, observations, relayLoop::wake);
    }

    @Bean
    EventRetention eventRetention(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                  EventsProperties properties, TopicCatalog topics, Clock clock) {
        return new EventRetention(jdbc, new TransactionTemplate(transactionManager), properties.retention(), topics, clock);
    }

    @Bean
    OutboxMetrics outboxMetrics(Outbox outbox, Clock clock) {
        return new OutboxMetrics(outbox, clock);
    }

    @Bean
    MeterBinder outboxRelayFailures(RelayLoop relayLoop) {
        return registry -> FunctionCounter.builder("platform.outbox.relay.failures", relayLoop, RelayLoop::failures)
                .description("Relay attempts that left events pending because the broker or the database failed")
                .register(registry);
    }
}
