package org.regionalcoop.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.regionalcoop.PlatformTest.PATIENCE;

/** Reads one agreement's records from a topic, from the beginning, with an independent consumer. */
final class TopicReader {

    private TopicReader() {
    }

    /**
     * Waits for at least {@code expected} records with the key, then reads on to the end of the topic
     * as it was at that moment, so duplicates already written are returned too.
     */
    static List<ConsumerRecord<String, byte[]>> await(String bootstrapServers, String topic, Object key, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            Map<TopicPartition, Long> ends = null;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (key.toString().equals(record.key())) {
                        found.add(record);
                    }
                });
                if (ends == null && found.size() >= expected) {
                    ends = consumer.endOffsets(partitions);
                }
                if (ends != null && ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                    return found;
                }
            }
            throw new AssertionError("Expected " + expected + " records for " + key + " on " + topic + ", found " + found.size());
        }
    }

    static CloudEvent cloudEvent(ConsumerRecord<String, byte[]> record) {
        return KafkaMessageFactory.createReader(record).toEvent();
    }

    static List<Integer> sequences(List<ConsumerRecord<String, byte[]>> records) {
        // Binary mode carries every extension as a header string.
        return records.stream().map(record -> Integer.valueOf(String.valueOf(cloudEvent(record).getExtension("sequence")))).toList();
    }
}
