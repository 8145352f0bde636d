package org.regionalcoop.events;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dead letters kept for inspection, and their replay: an administrator sends a record back to its
 * topic, byte for byte with its headers, once what it needed is in place. The inbox takes a replayed
 * event in only if it was never applied.
 */
@Service
public class DeadLetterArchive implements DisposableBean {

    /**
     * A dead letter as administrators see it; the bytes stay in the archive.
     *
     * @param agreementId the record's key, which participants' systems set to the agreement's id; null if it had none
     */
    @Schema(description = "An inbound record that could not be applied: where it came from, why, and whether it was replayed")
    public record DeadLetter(@Schema(description = "the dead letter's id, to replay it") long id,
                             @Schema(example = "coop.participant-replies.v1", description = "the inbound topic the record "
                                     + "was read from") String topic,
                             @Schema(description = "the record's partition of that topic") int partition,
                             @Schema(description = "the record's offset in that partition") long offset,
                             @Schema(allowableValues = {"oversized", "unreadable", "invalid-envelope", "unknown-type",
                                     "schema-invalid", "unauthorized", "unappliable", "invalid-content", "failed"},
                                     description = "why it could not be applied (kafka/README.md lists the reasons)")
                             String reason,
                             @Schema(description = "what exactly was wrong, e.g. the schema violation or the rule broken")
                             String detail,
                             @Schema(description = "the record's key, which participants' systems set to the agreement's "
                                     + "id; null when the key is not an agreement's id") @Nullable String agreementId,
                             @Schema(description = "when it was dead-lettered, UTC") Instant deadLetteredAt,
                             @Schema(description = "when an administrator last sent it back to its topic; null if never")
                             @Nullable Instant replayedAt) {
    }

    private static final String DEAD_LETTER = """
            select id, topic, partition, "offset", reason, detail, record_key,
                   dead_lettered_at, replayed_at
              from dead_letter
            """;

    private record StoredHeader(String name, String value) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final Clock clock;

    DeadLetterArchive(JdbcTemplate jdbc, ObjectMapper json, KafkaProperties kafkaProperties, SslBundles sslBundles,
                      Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties(sslBundles));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "platform") + "-replay");
        this.producers = new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.producers.setBeanName("deadLetterReplay");
        this.producers.addListener(new MicrometerProducerListener<>(registry));
        // Its meters appear when its producer does: made now, a replay's sends are on the dashboard from zero.
        this.producers.createProducer();
        this.kafka = new KafkaTemplate<>(producers);
    }

    public Map<String, Long> countsByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            counts.put(reason.code(), 0L);
        }
        jdbc.query("select reason, count(*) as letters from dead_letter group by reason order by reason",
                rs -> {
                    counts.put(rs.getString("reason"), rs.getLong("letters"));
                });
        return counts;
    }

    public List<DeadLetter> latest(int limit) {
        return jdbc.query(DEAD_LETTER + " order by id desc limit ?", this::deadLetter, limit);
    }

    /** The dead letters keyed by this agreement's id, newest first. */
    public List<DeadLetter> concerning(AgreementId agreement, int limit) {
        return jdbc.query(DEAD_LETTER + " where record_key = ? order by id desc limit ?", this::deadLetter,
                agreement.toString().getBytes(StandardCharsets.UTF_8), limit);
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.query(DEAD_LETTER + " where id = ?", this::deadLetter, id).stream().findFirst();
    }

    private DeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
        return new DeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getInt("partition"), rs.getLong("offset"),
                rs.getString("reason"), rs.getString("detail"), agreementId(rs.getBytes("record_key")),
                rs.getTimestamp("dead_lettered_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("replayed_at")).map(Timestamp::toInstant).orElse(null));
    }

    /** A poison record's key may be any bytes: only a key that is an agreement's id names one. */
    private static String agreementId(byte[] key) {
        if (key == null) {
            return null;
        }
        try {
            return AgreementId.of(new String(key, StandardCharsets.UTF_8)).toString();
        } catch (IllegalArgumentException notAnAgreement) {
            return null;
        }
    }

    /** Sends the dead letter back to its topic and waits for the broker's acknowledgement; false if unknown. */
    public boolean replay(long id) {
        List<ProducerRecord<byte[], byte[]>> found = jdbc.query("""
                select topic, record_key, record_value, headers::text as headers from dead_letter where id = ?
                """, (rs, row) -> new ProducerRecord<>(rs.getString("topic"), null, rs.getBytes("record_key"),
                rs.getBytes("record_value"), headers(rs.getString("headers"))), id);
        if (found.isEmpty()) {
            return false;
        }
        try {
            kafka.send(found.get(0)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying dead letter " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not take dead letter " + id + " back: " + e.getMessage(), e);
        }
        jdbc.update("update dead_letter set replayed_at = ? where id = ?", clock.instant().atOffset(ZoneOffset.UTC), id);
        return true;
    }

    private RecordHeaders headers(String stored) {
        RecordHeaders headers = new RecordHeaders();
        try {
            for (StoredHeader header : json.readValue(stored, new TypeReference<List<StoredHeader>>() { })) {
                headers.add(new RecordHeader(header.name(),
                        header.value() == null ? null : Base64.getDecoder().decode(header.value())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Stored headers are not readable", e);
        }
        return headers;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
