package org.regionalcoop.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Participants' events in: validation, the inbox, and dead letters (docs/decisions/inbox.md). */
@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InboundConfiguration.class);

    @Bean
    InboundTypes inboundTypes(List<InboundHandler<?>> handlers, TopicCatalog topics, ObjectMapper objectMapper) {
        return new InboundTypes(handlers, topics, objectMapper);
    }

    @Bean
    InboundMetrics inboundMetrics(MeterRegistry registry, InboundTypes types) {
        return new InboundMetrics(registry, types);
    }

    @Bean
    InboundListener inboundListener(InboundTypes types, ObjectMapper objectMapper, JdbcTemplate jdbc,
                                    PlatformTransactionManager transactionManager, Clock clock, InboundMetrics metrics,
                                    EventsProperties properties, ObservationRegistry observations) {
        return new InboundListener(new InboundDecoder(types, objectMapper, properties.inbound().maxRecordSize()),
                new Inbox(jdbc, new TransactionTemplate(transactionManager), clock), metrics, observations);
    }

    @Bean
    ConsumerLag consumerLag(KafkaAdmin kafkaAdmin, InboundTypes types, EventsProperties properties, Clock clock) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        int timeout = (int) properties.inbound().lag().timeout().toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        return new ConsumerLag(Admin.create(config), properties.inbound().groupId(), types.topics(),
                properties.inbound().lag(), clock);
    }

    /** Its producer writes key and value as byte arrays, so the dead letters keep the original bytes. */
    @Bean
    DeadLetters deadLetters(JdbcTemplate jdbc, ObjectMapper objectMapper, KafkaProperties kafka, SslBundles sslBundles,
                            InboundMetrics metrics, Clock clock, TopicCatalog topics, MeterRegistry registry,
                            ObservationRegistry observations) {
        // Sends to a topic the platform does not create would fail, and keep the failed record coming back.
        if (topics.topics().stream().noneMatch(topic -> topic.name().equals(DeadLetters.TOPIC))) {
            throw new IllegalStateException(DeadLetters.TOPIC + " is missing from " + TopicCatalog.LOCATION);
        }
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(sslBundles));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "platform") + "-dead-letters");
        DefaultKafkaProducerFactory<byte[], byte[]> producers =
                new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        producers.setBeanName("deadLetters");
        producers.addListener(new MicrometerProducerListener<>(registry));
        // Its meters appear when its producer does: made now, the first dead letter is counted from zero.
        producers.createProducer();
        return new DeadLetters(jdbc, objectMapper, producers, metrics, clock, observations);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<byte[], byte[]> inboundListenerContainerFactory(
            KafkaProperties kafka, SslBundles sslBundles, EventsProperties properties, DeadLetters deadLetters,
            MeterRegistry registry) {
        EventsProperties.InboundSettings settings = properties.inbound();
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties(sslBundles));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        // Bytes as they came: a record that is no CloudEvent must still reach the dead letters unchanged.
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // A participant's transactional producer may abort: what it took back must not be applied.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        ConcurrentKafkaListenerContainerFactory<byte[], byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        DefaultKafkaConsumerFactory<byte[], byte[]> consumers = new DefaultKafkaConsumerFactory<>(config);
        // The consumer's lag (kafka_consumer_fetch_manager_records_lag) shows a partition waiting out an outage.
        consumers.addListener(new MicrometerConsumerListener<>(registry));
        factory.setConsumerFactory(consumers);
        factory.setCommonErrorHandler(errorHandler(settings, deadLetters));
        return factory;
    }

    /**
     * Rejected records go to the dead letters at once; transient failures (database down, a lost race)
     * are retried with growing pauses for as long as they last; anything else a few times, then it is
     * dead-lettered too. Meanwhile the partition waits, so an agreement's answers keep their order.
     */
    private static DefaultErrorHandler errorHandler(EventsProperties.InboundSettings settings, DeadLetters deadLetters) {
        ExponentialBackOff whileTransient = new ExponentialBackOff(settings.retryInterval().toMillis(), 2.0);
        whileTransient.setMaxInterval(settings.maxBackoff().toMillis());
        BackOff unexpected = new FixedBackOff(settings.retryInterval().toMillis(), settings.retries());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, unexpected);
        handler.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure) ? whileTransient : unexpected);
        handler.addNotRetryableExceptions(InboundRejection.class);
        // Keep the records after a failed one in memory rather than seek back to them: a seek waits for the
        // fetch already in flight, half a second per dead letter.
        handler.setSeekAfterError(false);
        // Rejections are expected and logged once by DeadLetters; retries are logged by the listener below.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
                if (deliveryAttempt == 1 && DeadLetters.Verdict.of(failure).reason() == DeadLetterReason.FAILED) {
                    log.warn("Inbound record {}-{}@{} failed, retrying: {}", record.topic(), record.partition(),
                            record.offset(), DeadLetters.Verdict.of(failure).detail());
                }
            }
        });
        return handler;
    }
}
