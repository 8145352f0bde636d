package org.regionalcoop.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** How many events went through the platform since a moment: published to Kafka, and taken in from participants. */
@Component
public class EventFlow {

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
}
