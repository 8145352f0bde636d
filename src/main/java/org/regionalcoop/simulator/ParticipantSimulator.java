package org.regionalcoop.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
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
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays the participant governments' own systems through Kafka, after a delay, as their systems would:
 * their cooperation offices answer ballots when a consensus round opens, their finance systems pay
 * contributions when called, report a shared benefit when a joint project starts and confirm or object to
 * each settlement proposed, and their treasuries confirm the transfers instructed to them. It knows the
 * platform only through the event contracts in {@code kafka/}, like any participant, and continues the trace an
 * event carries ({@code traceparent}) into its replies, as a participant's traced system would. Replies still waiting
 * at shutdown are dropped: staff can still act. Started last, once the platform created its topics, and
 * stopped first.
 */
class ParticipantSimulator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParticipantSimulator.class);

    static final String AGREEMENTS = "coop.agreements.v1";
    static final String PROJECTS = "coop.projects.v1";
    static final String SETTLEMENTS = "coop.settlements.v1";
    static final String REPLIES = "coop.participant-replies.v1";
    static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    static final String ROUND_OPENED = "org.regionalcoop.consensus.round-opened.v1";
    static final String VOTE_CAST = "org.regionalcoop.consensus.vote-cast.v1";
    static final String CONTRIBUTION_REQUESTED = "org.regionalcoop.project.contribution-requested.v1";
    static final String CONTRIBUTION_PAID = "org.regionalcoop.project.contribution-paid.v1";
    static final String PROJECT_STARTED = "org.regionalcoop.project.started.v1";
    static final String BENEFIT_REPORTED = "org.regionalcoop.settlement.benefit-reported.v1";
    static final String SETTLEMENT_PROPOSED = "org.regionalcoop.settlement.proposed.v1";
    static final String ANSWER_GIVEN = "org.regionalcoop.settlement.answer-given.v1";
    static final String TRANSFER_INSTRUCTED = "org.regionalcoop.settlement.transfer-instructed.v1";
    static final String TRANSFER_RECEIVED = "org.regionalcoop.settlement.transfer-received.v1";
    private static final String JSON = "application/json";
    /** Joining a new consumer group takes seconds; a round opened before that would go unanswered. */
    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);

    private final SimulatorSettings settings;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final KafkaMessageListenerContainer<String, byte[]> listener;
    private final Producer<String, CloudEvent> producer;
    private final KafkaClientMetrics producerMetrics;
    private final ObservationRegistry observations;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "participant-simulator");
        thread.setDaemon(true);
        return thread;
    });
    /** One per topic it listens to. */
    private final CountDownLatch assigned = new CountDownLatch(3);
    private final Set<String> assignedTopics = ConcurrentHashMap.newKeySet();

    ParticipantSimulator(SimulatorSettings settings, KafkaProperties kafka, SslBundles sslBundles, MeterRegistry meters,
                         ObservationRegistry observations) {
        this.settings = settings;
        this.observations = observations;
        this.listener = listener(settings, kafka.buildConsumerProperties(sslBundles), meters);
        this.producer = new KafkaProducer<>(producerConfig(kafka.buildProducerProperties(sslBundles), settings));
        // Tagged as Spring's listeners tag the other clients: Prometheus serves a name with one set of tag keys only.
        this.producerMetrics = new KafkaClientMetrics(producer, List.of(Tag.of("spring.id", "participantSimulator")));
        producerMetrics.bindTo(meters);
    }

    private KafkaMessageListenerContainer<String, byte[]> listener(SimulatorSettings settings, Map<String, Object> application,
                                                                   MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(application);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(config.get(ConsumerConfig.CLIENT_ID_CONFIG), settings));
        // Only rounds opened from now on: a participant's system started today does not answer last year's rounds.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        ContainerProperties container = new ContainerProperties(AGREEMENTS, PROJECTS, SETTLEMENTS);
        container.setGroupId(settings.groupId());
        container.setMessageListener((MessageListener<String, byte[]>) this::receive);
        container.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // Fixes "latest" now rather than at the next fetch, so a round opened once start() returned is seen.
                partitions.forEach(consumer::position);
                partitions.forEach(partition -> {
                    if (assignedTopics.add(partition.topic())) {
                        assigned.countDown();
                    }
                });
            }
        });
        DefaultKafkaConsumerFactory<String, byte[]> consumers =
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        return new KafkaMessageListenerContainer<>(consumers, container);
    }

    /**
     * The application's client id, then "simulator" and the simulator's group: the clients' meters are told apart by
     * it, and a second simulator in the same JVM would otherwise find the first one's meters under its own name.
     */
    private static String clientId(Object application, SimulatorSettings settings) {
        return (application == null ? "platform" : application) + "-simulator-" + settings.groupId();
    }

    private static Map<String, Object> producerConfig(Map<String, Object> application, SimulatorSettings settings) {
        Map<String, Object> config = new HashMap<>(application);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId(config.get(ProducerConfig.CLIENT_ID_CONFIG), settings));
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
                log.warn("Participant simulator not yet assigned all of {} after {}; facts published meanwhile go unanswered",
                        List.of(AGREEMENTS, PROJECTS, SETTLEMENTS), ASSIGNMENT_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Participant simulator plays {} after {}", settings.governments(), settings.delay());
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    private void receive(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException unreadable) {
            skip(record, unreadable);
            return;
        }
        if (event.getData() == null) {
            return;
        }
        Observation received = Observation.start("platform.simulator.received", () -> receiving(event), observations);
        try {
            replies(event.getType(), event.getData().toBytes()).forEach(reply -> scheduler.schedule(() -> send(reply, received),
                    settings.delay().toMillis(), TimeUnit.MILLISECONDS));
        } catch (IOException unreadable) {
            received.error(unreadable);
            skip(record, unreadable);
        } finally {
            received.stop();
        }
    }

    /** Not the simulator's business: the platform's contract tests guard what it publishes. */
    private static void skip(ConsumerRecord<String, byte[]> record, Exception unreadable) {
        log.debug("Participant simulator skips {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                unreadable.getMessage());
    }

    /** Continues the trace the platform's event carries as its distributed-tracing extension. */
    private static ReceiverContext<CloudEvent> receiving(CloudEvent event) {
        ReceiverContext<CloudEvent> context = new ReceiverContext<>((carrier, key) ->
                carrier.getExtension(key) == null ? null : carrier.getExtension(key).toString());
        context.setCarrier(event);
        context.setRemoteServiceName("kafka");
        return context;
    }

    private List<Reply> replies(String type, byte[] data) throws IOException {
        return switch (type) {
            case ROUND_OPENED -> json.readValue(data, OpenedRound.class).votes(settings).stream()
                    .map(vote -> new Reply(REPLIES, VOTE_CAST, vote.agreementId(), vote.participant(), vote)).toList();
            case CONTRIBUTION_REQUESTED -> json.readValue(data, RequestedContribution.class)
                    .payment(settings, Instant.now()).stream().toList();
            case PROJECT_STARTED -> json.readValue(data, StartedProject.class).benefitReports(settings);
            case SETTLEMENT_PROPOSED -> json.readValue(data, ProposedSettlement.class).answers(settings);
            case TRANSFER_INSTRUCTED -> json.readValue(data, InstructedTransfer.class).receipt(settings).stream().toList();
            default -> List.of();
        };
    }

    /** The reply's span is a child of the receiving one; the reply carries it as its traceparent. */
    private void send(Reply reply, Observation received) {
        SenderContext<CloudEventBuilder> context = new SenderContext<>((event, key, value) -> event.withExtension(key, value));
        context.setCarrier(CloudEventBuilder.v1());
        context.setRemoteServiceName("kafka");
        Observation sending = Observation.createNotStarted("platform.simulator.replied", () -> context, observations)
                .parentObservation(received).start();
        CloudEvent event;
        try {
            event = context.getCarrier()
                    .withId(UUID.randomUUID().toString())
                    .withSource(URI.create(reply.source()))
                    .withType(reply.type())
                    .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataContentType(JSON)
                    .withData(json.writeValueAsBytes(reply.data()))
                    .build();
        } catch (JsonProcessingException e) {
            sending.error(e);
            sending.stop();
            throw new IllegalStateException("Cannot write " + reply, e);
        }
        producer.send(new ProducerRecord<>(reply.topic(), reply.agreementId().toString(), event), (sent, failure) -> {
            sending.stop();
            if (failure == null) {
                log.info("Participant simulator: {} sent {} for agreement {}", reply.participant(), reply.type(),
                        reply.agreementId());
            } else {
                log.warn("Participant simulator could not send {}'s {} for agreement {}: {}", reply.participant(),
                        reply.type(), reply.agreementId(), failure.getMessage());
            }
        });
    }

    /** Stops listening first, so nothing is scheduled on a closed producer; it cannot start again. */
    @Override
    public void stop() {
        listener.stop();
        scheduler.shutdownNow();
        producerMetrics.close();
        producer.close(Duration.ofSeconds(5));
    }
}
