package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * What a downstream system sees of one agreement: its CloudEvents on every outbound topic, read from the
 * beginning by an independent consumer, in the order of each topic.
 */
final class AgreementFeed implements AutoCloseable {

    private static final List<String> TOPICS = List.of("coop.agreements.v1", "coop.grants.v1", "coop.funds.v1",
            "coop.projects.v1", "coop.settlements.v1", "coop.tasks.v1");
    private static final String PREFIX = "org.regionalcoop.";

    /** One event: its topic, its type without prefix and version, its sequence extension and its data. */
    record Event(String topic, String type, long sequence, JsonNode data) {
    }

    private final String agreementId;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Event> events = new ArrayList<>();

    AgreementFeed(Object bootstrapServers, String agreementId) {
        this.agreementId = agreementId;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic, PATIENCE).stream()
                .map(info -> new TopicPartition(topic, info.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads on until an event of the type whose data matches arrives, and returns its data. */
    JsonNode await(String type, Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            for (; seen < events.size(); seen++) {
                Event event = events.get(seen);
                if (event.type().equals(type) && matching.test(event.data())) {
                    return event.data();
                }
            }
            consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                if (agreementId.equals(record.key())) {
                    events.add(event(record.topic(), KafkaMessageFactory.createReader(record).toEvent()));
                }
            });
        }
        throw new AssertionError("No " + type + " event as expected for agreement " + agreementId + " within " + PATIENCE
                + "; seen: " + events.stream().map(Event::type).toList());
    }

    JsonNode await(String type) {
        return await(type, data -> true);
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /**
     * Reads on until the events numbered so far have no gap: the topics are read side by side, so an event
     * of one may arrive after a later event of the other.
     */
    List<Event> awaitWithoutGaps() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (events.stream().mapToLong(Event::sequence).distinct().count()
                < events.stream().mapToLong(Event::sequence).max().orElse(0)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gaps in the sequence of agreement " + agreementId + " after " + PATIENCE + ": "
                        + events.stream().map(Event::sequence).sorted().toList());
            }
            consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                if (agreementId.equals(record.key())) {
                    events.add(event(record.topic(), KafkaMessageFactory.createReader(record).toEvent()));
                }
            });
        }
        return events();
    }

    private Event event(String topic, CloudEvent event) {
        String type = event.getType().substring(PREFIX.length(), event.getType().lastIndexOf(".v"));
        try {
            return new Event(topic, type, Long.parseLong(String.valueOf(event.getExtension("sequence"))),
                    json.readTree(event.getData().toBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
