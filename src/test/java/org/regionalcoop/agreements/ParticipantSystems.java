package org.regionalcoop.agreements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The participants' own systems (cooperation offices, finance systems, treasuries) as the platform sees
 * them: each sends CloudEvents in Kafka binary mode from its government's source, keyed by agreement.
 */
final class ParticipantSystems implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, byte[]> producer;

    ParticipantSystems(Object bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code org.regionalcoop.<type>.v1} with the data, as the participant's office, and waits for the broker. */
    void send(String topic, String participant, String type, Map<String, Object> data) {
        try {
            var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                    .withSource(URI.create("urn:gov:" + participant.toLowerCase(Locale.ROOT) + ":cooperation-office"))
                    .withType("org.regionalcoop." + type + ".v1").withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataContentType("application/json").withData(JSON.writeValueAsBytes(data)).build();
            producer.send(KafkaMessageFactory.createWriter(topic, String.valueOf(data.get("agreementId"))).writeBinary(event))
                    .get(30, TimeUnit.SECONDS);
        } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot send " + type + " for " + participant, e);
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
