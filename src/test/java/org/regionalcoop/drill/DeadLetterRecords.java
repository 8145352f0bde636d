package org.regionalcoop.drill;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.regionalcoop.local.EmbeddedPostgresServer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dead letters as the two places that keep them show them: the {@code dead_letter} table and the
 * {@code coop.dead-letters.v1} topic, each as the reasons given per original record (topic, partition, offset).
 */
final class DeadLetterRecords {

    static final String TOPIC = "coop.dead-letters.v1";

    /** Where a record sat on its inbound topic. */
    record Origin(String topic, int partition, long offset) {
    }

    private DeadLetterRecords() {
    }

    /** The reasons the table gives per original record; the table keeps each record once. */
    static Map<Origin, List<String>> inTable(String jdbcUrl) throws SQLException {
        Map<Origin, List<String>> reasons = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select topic, partition, \"offset\", reason from dead_letter")) {
            while (rows.next()) {
                reasons.computeIfAbsent(new Origin(rows.getString(1), rows.getInt(2), rows.getLong(3)), origin -> new ArrayList<>())
                        .add(rows.getString(4));
            }
        }
        return reasons;
    }

    /** The reasons the topic's records carry per original record ({@code dlt_*} headers), one entry per record. */
    static Map<Origin, List<String>> onTopic(String bootstrapServers) {
        Map<Origin, List<String>> reasons = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Origin origin = new Origin(header(record, "dlt_original_topic"),
                            Integer.parseInt(header(record, "dlt_original_partition")),
                            Long.parseLong(header(record, "dlt_original_offset")));
                    reasons.computeIfAbsent(origin, key -> new ArrayList<>()).add(header(record, "dlt_reason"));
                }
            }
        }
        return reasons;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalStateException("Dead letter " + record.partition() + "@" + record.offset() + " has no " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
