package org.regionalcoop.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where inbound records go that cannot be applied: the dead-letter topic, with the original key, value
 * and headers plus {@code dlt_*} headers naming the reason and the origin, and the {@code dead_letter}
 * table, which keeps the same for a later replay. The container's error handler calls it for rejected
 * records at once and for failing ones after their retries.
 */
class DeadLetters implements ConsumerRecordRecoverer, AutoCloseable {

    static final String TOPIC = "coop.dead-letters.v1";
    static final String REASON = "dlt_reason";
    static final String DETAIL = "dlt_detail";
    static final String ORIGINAL_TOPIC = "dlt_original_topic";
    static final String ORIGINAL_PARTITION = "dlt_original_partition";
    static final String ORIGINAL_OFFSET = "dlt_original_offset";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_DETAIL = 1000;

    /**
     * Why a record is dead-lettered, worked out from the failure the error handler passes on; the detail
     * is cut short, as it travels in a header.
     */
    record Verdict(DeadLetterReason reason, String detail) {

        static Verdict of(Exception failure) {
            Throwable root = failure;
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof InboundRejection rejection) {
                    return new Verdict(rejection.reason(), limit(String.valueOf(rejection.getMessage())));
                }
                root = cause;
            }
            return new Verdict(DeadLetterReason.FAILED, limit(root.toString()));
        }

        private static String limit(String detail) {
            return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final DeadLetterPublishingRecoverer publisher;
    private final InboundMetrics metrics;
    private final Clock clock;
    private final ObservationRegistry observations;

    DeadLetters(JdbcTemplate jdbc, ObjectMapper objectMapper, DefaultKafkaProducerFactory<byte[], byte[]> producers,
                InboundMetrics metrics, Clock clock, ObservationRegistry observations) {
        this.jdbc = jdbc;
        this.producers = producers;
        this.objectMapper = objectMapper;
        this.metrics = metrics;
        this.clock = clock;
        this.observations = observations;
        // The dead-letter topic has fewer partitions than the inbound ones: the producer picks by key.
        this.publisher = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers), (record, failure) -> new TopicPartition(TOPIC, -1));
        // Spring's own dlt headers carry numbers as binary and whole stack traces; ours are text, for any reader.
        this.publisher.excludeHeader(HeadersToAdd.values());
        this.publisher.setHeadersFunction(DeadLetters::headers);
    }

    /**
     * Stores the dead letter first: if publishing then fails, the error handler delivers the record again
     * and the store ignores the repeat, so the table and the topic each hold it once. Within the sender's trace.
     */
    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        Verdict verdict = Verdict.of(failure);
        EventObservations.deadLetter(observations, record, verdict.reason()).observe(() -> {
            store(record, verdict);
            publisher.accept(record, failure);
            metrics.deadLettered(verdict.reason());
            log.warn("Inbound record {}-{}@{} dead-lettered as {}: {}", record.topic(), record.partition(), record.offset(),
                    verdict.reason().code(), verdict.detail());
        });
    }

    @Override
    public void close() {
        producers.destroy();
    }

    private static Headers headers(ConsumerRecord<?, ?> record, Exception failure) {
        Verdict verdict = Verdict.of(failure);
        Headers headers = new RecordHeaders();
        headers.add(REASON, utf8(verdict.reason().code()));
        headers.add(DETAIL, utf8(verdict.detail()));
        headers.add(ORIGINAL_TOPIC, utf8(record.topic()));
        headers.add(ORIGINAL_PARTITION, utf8(String.valueOf(record.partition())));
        headers.add(ORIGINAL_OFFSET, utf8(String.valueOf(record.offset())));
        return headers;
    }

    private void store(ConsumerRecord<?, ?> record, Verdict verdict) {
        jdbc.update("""
                        insert into dead_letter (topic, partition, "offset", reason, detail, record_key, record_value, headers,
                                                 dead_lettered_at)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (topic, partition, "offset") do nothing""",
                record.topic(), record.partition(), record.offset(), verdict.reason().code(), verdict.detail(),
                record.key(), record.value(), headersJson(record.headers()), clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** Header values are bytes: kept in base64, in their order, so a replay can send them unchanged. */
    private String headersJson(Headers headers) {
        List<StoredHeader> stored = new ArrayList<>();
        for (Header header : headers) {
            stored.add(new StoredHeader(header.key(),
                    header.value() == null ? null : Base64.getEncoder().encodeToString(header.value())));
        }
        try {
            return objectMapper.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredHeader(String name, String value) {
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
