package org.regionalcoop.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays the participant governments' own systems: when a consensus round opens, the simulated
 * governments among its participants answer their ballots through Kafka after a delay, as their systems
 * would. It knows the platform only through the event contracts in {@code kafka/}, like any participant.
 * Answers still waiting at shutdown are dropped: their ballots stay open for staff. Started last, once
 * the platform created its topics, and stopped first.
 */
class ParticipantSimulator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParticipantSimulator.class);

    static final String AGREEMENTS = "coop.agreements.v1";
    static final String REPLIES = "coop.participant-replies.v1";
    static final String ROUND_OPENED = "org.regionalcoop.consensus.round-opened.v1";
    static final String VOTE_CAST = "org.regionalcoop.consensus.vote-cast.v1";
    private static final String JSON = "application/json";
    /** Joining a new consumer group takes seconds; a round opened before that would go unanswered. */
    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);

    private final SimulatorSettings settings;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final KafkaMessageListenerContainer<String, byte[]> listener;
    private final Producer<String, CloudEvent> producer;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "participant-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch assigned = new CountDownLatch(1);

    ParticipantSimulator(SimulatorSettings settings, KafkaProperties kafka, SslBundles sslBundles) {
        this.settings = settings;
        this.listener = listener(settings, kafka.buildConsumerProperties(sslBundles));
        this.producer = new KafkaProducer<>(producerConfig(kafka.buildProducerProperties(sslBundles)));
    }

    private KafkaMessageListenerContainer<String, byte[]> listener(SimulatorSettings settings, Map<String, Object> application) {
        Map<String, Object> config = new HashMap<>(application);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, "platform") + "-simulator");
        // Only rounds opened from now on: a participant's system started today does not answer last year's rounds.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        ContainerProperties container = new ContainerProperties(AGREEMENTS);
        container.setGroupId(settings.groupId());
        container.setMessageListener((MessageListener<String, byte[]>) this::receive);
        container.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // Fixes "latest" now rather than at the next fetch, so a round opened once start() returned is seen.
                partitions.forEach(consumer::position);
                if (!partitions.isEmpty()) {
                    assigned.countDown();
                }
            }
        });
        return new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()), container);
    }

    private static Map<String, Object> producerConfig(Map<String, Object> application) {
        Map<String, Object> config = new HashMap<>(application);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "platform") + "-simulator");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // Binary mode (the serializer's default): the ce_* headers the platform's inbound contract asks for.
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        return config;
    }

    /** Returns once it listens, so every round opened afterwards is answered. */
    @Override
    public void start() {
        listener.start();
        try {
            if (!assigned.await(ASSIGNMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Participant simulator not yet assigned {} after {}; rounds opened meanwhile go unanswered",
                        AGREEMENTS, ASSIGNMENT_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Participant simulator answers for {} after {}", settings.governments(), settings.delay());
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    private void receive(ConsumerRecord<String, byte[]> record) {
        OpenedRound round;
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (!ROUND_OPENED.equals(event.getType()) || event.getData() == null) {
                return;
            }
            round = json.readValue(event.getData().toBytes(), OpenedRound.class);
        } catch (CloudEventRWException | IllegalStateException | IOException unreadable) {
            // Not the simulator's business: the platform's contract tests guard what it publishes.
            log.debug("Participant simulator skips {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    unreadable.getMessage());
            return;
        }
        round.votes(settings).forEach(vote ->
                scheduler.schedule(() -> send(vote), settings.delay().toMillis(), TimeUnit.MILLISECONDS));
    }

    private void send(CastVote vote) {
        CloudEvent event;
        try {
            event = CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString())
                    .withSource(URI.create(vote.source()))
                    .withType(VOTE_CAST)
                    .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataContentType(JSON)
                    .withData(json.writeValueAsBytes(vote))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + vote, e);
        }
        producer.send(new ProducerRecord<>(REPLIES, vote.agreementId().toString(), event), (sent, failure) -> {
            if (failure == null) {
                log.info("Participant simulator: {} answered {} in round {} of agreement {}", vote.participant(),
                        vote.answer(), vote.round(), vote.agreementId());
            } else {
                log.warn("Participant simulator could not send {}'s answer to agreement {}: {}", vote.participant(),
                        vote.agreementId(), failure.getMessage());
            }
        });
    }

    /** Stops listening first, so nothing is scheduled on a closed producer; it cannot start again. */
    @Override
    public void stop() {
        listener.stop();
        scheduler.shutdownNow();
        producer.close(Duration.ofSeconds(5));
    }
}
