package org.regionalcoop.events;

import org.regionalcoop.kernel.AgreementId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How many events went through the platform since a moment: published to Kafka, and taken in from participants. */
@Component
public class EventFlow {

    /**
     * One event the platform announced about an agreement, as the outbox keeps it.
     *
     * @param type        the CloudEvent type, e.g. {@code org.regionalcoop.agreement.proposed.v1}
     * @param publishedAt when Kafka acknowledged it; null while it waits in the outbox
     */
    public record Announced(int sequence, String topic, String type, Instant occurredAt, Instant publishedAt) {
    }

    private final JdbcTemplate jdbc;

    EventFlow(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Events Kafka acknowledged since then. */
    public long publishedSince(Instant since) {
        return jdbc.queryForObject("select count(*) from event_outbox where published_at >= ?", Long.class,
                Timestamp.from(since));
    }

    /** Participants' events applied since then (duplicates and dead letters are not counted). */
    public long appliedSince(Instant since) {
        return jdbc.queryForObject("select count(*) from event_inbox where taken_in_at >= ?", Long.class,
                Timestamp.from(since));
    }

    /**
     * The agreement's events in their sequence, those the retention clean-up has not yet removed
     * (platform.events.retention).
     */
    public List<Announced> of(AgreementId agreement) {
        return jdbc.query("""
                select sequence, topic, type, occurred_at, published_at from event_outbox
                 where agreement_id = ? order by sequence
                """, (rs, row) -> new Announced(rs.getInt("sequence"), rs.getString("topic"), rs.getString("type"),
                rs.getTimestamp("occurred_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("published_at")).map(Timestamp::toInstant).orElse(null)),
                agreement.value());
    }
}
