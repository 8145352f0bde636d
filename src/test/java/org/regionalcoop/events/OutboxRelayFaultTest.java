package org.regionalcoop.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.local.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Relays of the test's own on a database of the test's own (see {@link OutboxDatabase}): a broker that
 * goes away and comes back, two instances sharing one database, the backlog gauges.
 */
@PlatformTest
class OutboxRelayFaultTest {

    private static final String TOPIC = "coop.agreements.v1";
    private static final URI SOURCE = URI.create("urn:regionalcoop:test");
    /** A broker outage is noticed within seconds. */
    private static final EventsProperties.Relay IMPATIENT =
            new EventsProperties.Relay(Duration.ofMillis(200), Duration.ofSeconds(1), 50, Duration.ofSeconds(2), Duration.ZERO);
    /** On a busy machine a slow acknowledgement must not count as a failure and be sent again. */
    private static final EventsProperties.Relay PATIENT =
            new EventsProperties.Relay(Duration.ofMillis(200), Duration.ofSeconds(1), 50, Duration.ofSeconds(30), Duration.ZERO);

    @Autowired
    DataSource platformDataSource;

    @Autowired
    DataSourceProperties dataSourceProperties;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    TopicCatalog topics;

    @Value("${spring.kafka.bootstrap-servers}")
    String sharedBroker;

    private OutboxDatabase database;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    @BeforeEach
    void createDatabase() {
        database = OutboxDatabase.create(platformDataSource, dataSourceProperties);
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        database.close();
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveInOrderWhenItReturns() throws Exception {
        Path storage = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "outbox-broker-");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(storage);
        AtomicReference<EmbeddedKafkaBroker> running = new AtomicReference<>(broker);
        resources.push(() -> {
            EmbeddedKafkaBroker stillRunning = running.getAndSet(null);
            if (stillRunning != null) {
                stillRunning.close();
            }
        });
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(topic())).all().get(30, TimeUnit.SECONDS);
        }
        RelayLoop relay = startRelay(broker.bootstrapServers(), IMPATIENT);
        OutboxWriter writer = writer(Clock.systemUTC(), relay::wake);
        UUID agreement = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        write(writer, agreement, "before 1", "before 2");
        assertThat(TopicReader.sequences(TopicReader.await(broker.bootstrapServers(), TOPIC, agreement, 2))).containsExactly(1, 2);

        running.getAndSet(null).close();
        write(writer, agreement, "during 3", "during 4");
        write(writer, other, "during 1");
        write(writer, agreement, "during 5");
        long failuresBefore = relay.failures();
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.failures() >= failuresBefore + 2);
        assertThat(pending()).isEqualTo(4);

        EmbeddedKafkaBroker restarted = broker.startAgain();
        running.set(restarted);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> pending() == 0);
        assertThat(TopicReader.sequences(TopicReader.await(restarted.bootstrapServers(), TOPIC, agreement, 5)))
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(TopicReader.sequences(TopicReader.await(restarted.bootstrapServers(), TOPIC, other, 1))).containsExactly(1);
    }

    @Test
    void twoRelayInstancesOnOneDatabasePublishEachEventOnceInOrder() {
        RelayLoop first = startRelay(sharedBroker, PATIENT);
        RelayLoop second = startRelay(sharedBroker, PATIENT);
        OutboxWriter writer = writer(Clock.systemUTC(), () -> {
            first.wake();
            second.wake();
        });
        List<UUID> agreements = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID()).toList();
        for (int round = 1; round <= 15; round++) {
            for (UUID agreement : agreements) {
                write(writer, agreement, "round " + round);
            }
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> pending() == 0);
        // Marked published only after acknowledgement, so every copy sent is on the topic by now.
        for (UUID agreement : agreements) {
            assertThat(TopicReader.sequences(TopicReader.await(sharedBroker, TOPIC, agreement, 15)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
        }
    }

    @Test
    void gaugesReportTheBacklogAndTheAgeOfItsOldestEvent() {
        Instant written = Instant.parse("2026-03-01T08:00:00Z");
        OutboxWriter writer = writer(Clock.fixed(written, ZoneOffset.UTC), () -> { });
        write(writer, UUID.randomUUID(), "one", "two");
        write(writer, UUID.randomUUID(), "three");
        MeterRegistry registry = new SimpleMeterRegistry();
        new OutboxMetrics(database.outbox(), Clock.fixed(written.plusSeconds(90), ZoneOffset.UTC)).bindTo(registry);

        assertThat(registry.get("platform.outbox.backlog").gauge().value()).isEqualTo(3);
        assertThat(registry.get("platform.outbox.oldest.age").timeGauge().value(TimeUnit.SECONDS)).isEqualTo(90);

        RelayLoop relay = startRelay(sharedBroker, PATIENT);
        relay.wake();
        await().atMost(Duration.ofSeconds(60)).until(() -> registry.get("platform.outbox.backlog").gauge().value() == 0);
        assertThat(registry.get("platform.outbox.oldest.age").timeGauge().value(TimeUnit.SECONDS)).isZero();
    }

    private long pending() {
        return database.transactions().execute(status -> database.outbox().backlog().pending());
    }

    private RelayLoop startRelay(String bootstrapServers, EventsProperties.Relay settings) {
        OutboxRelay relay = new OutboxRelay(database.outbox(), database.transactions(),
                new KafkaProducer<>(OutboxRelay.producerConfig(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG, "outbox-test-" + resources.size()), settings)),
                settings, Clock.systemUTC(), ObservationRegistry.NOOP);
        RelayLoop loop = new RelayLoop(relay, settings);
        resources.push(relay);
        resources.push(loop::stop);
        loop.start();
        return loop;
    }

    private OutboxWriter writer(Clock clock, Runnable wakeRelay) {
        return new OutboxWriter(database.outbox(), objectMapper, topics, SOURCE, clock, ObservationRegistry.NOOP, wakeRelay);
    }

    /** One transaction that publishes one probe per note. */
    private void write(OutboxWriter writer, UUID agreement, String... notes) {
        database.transactions().executeWithoutResult(status -> {
            for (String note : notes) {
                writer.write(new OutboxProbe(agreement, note));
            }
        });
    }

    private NewTopic topic() {
        return topics.topics().stream().filter(topic -> topic.name().equals(TOPIC)).findFirst().orElseThrow().toNewTopic();
    }
}
