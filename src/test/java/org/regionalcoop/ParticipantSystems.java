package org.regionalcoop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * The participants' own systems (cooperation offices, finance systems, treasuries) as the platform sees
 * them: each sends CloudEvents in Kafka binary mode from its government's source, keyed by agreement.
 * In a test on the shared platform, register them as an extension and they connect to the platform's broker
 * before each test and disconnect after it:
 * {@code @RegisterExtension final ParticipantSystems financeSystems = ParticipantSystems.onThePlatformsBroker();}
 */
public final class ParticipantSystems implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaProducer<String, byte[]> producer;

    public ParticipantSystems(Object bootstrapServers) {
        connect(bootstrapServers);
    }

    private ParticipantSystems() {
    }

    /** Systems that connect, as an extension, to the broker of the test's application context. */
    /**
     * Waits, at most {@link PlatformTest#PATIENCE}, until what the systems sent has taken effect: the platform's
     * consumers apply their events on threads of their own.
     */
    public static void eventually(BooleanSupplier applied) {
        await().atMost(PlatformTest.PATIENCE).until(applied::getAsBoolean);
    }

    public static ParticipantSystems onThePlatformsBroker() {
        return new ParticipantSystems();
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        KafkaAdmin platformKafka = SpringExtension.getApplicationContext(test).getBean(KafkaAdmin.class);
        connect(platformKafka.getConfigurationProperties().get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    @Override
    public void afterEach(ExtensionContext test) {
        close();
    }

    private void connect(Object bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code org.regionalcoop.<type>.v1} with the data, as the participant's office, and waits for the broker. */
    public void send(String topic, String participant, String type, Map<String, Object> data) {
        try {
            send(topic, String.valueOf(data.get("agreementId")), UUID.randomUUID().toString(),
                    "urn:gov:" + participant.toLowerCase(Locale.ROOT) + ":cooperation-office", "org.regionalcoop." + type + ".v1",
                    JSON.writeValueAsBytes(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + type + " for " + participant, e);
        }
    }

    /** Sends one CloudEvent exactly as given (id and source too, e.g. to resend it) and waits for the broker. */
    public void send(String topic, String key, String id, String source, String type, byte[] data) {
        var event = CloudEventBuilder.v1().withId(id).withSource(URI.create(source)).withType(type)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC)).withDataContentType("application/json").withData(data).build();
        try {
            producer.send(KafkaMessageFactory.createWriter(topic, key).writeBinary(event)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot send " + type + " to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted sending " + type, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
