package org.regionalcoop.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The outbox tables; every method runs in the caller's transaction. */
class Outbox {

    /** "outbox" in ASCII: the key of the advisory lock that lets one relay per database work at a time. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private static final RowMapper<OutboxRecord> RECORD = (rs, row) -> new OutboxRecord(
            rs.getObject("id", UUID.class), rs.getObject("agreement_id", UUID.class), rs.getInt("sequence"),
            rs.getString("topic"), rs.getString("type"), URI.create(rs.getString("source")),
            rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
            rs.getString("data"), new TraceContext(rs.getString("traceparent"), rs.getString("tracestate")));

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An event to be stored under its agreement's next sequence number. */
    record Pending(UUID id, UUID agreementId, String topic, String type, URI source, OffsetDateTime time, String data,
                   TraceContext trace) {
    }

    /**
     * Stores one agreement's events under its next sequence numbers, in the given order, in one statement. The counter's
     * row stays locked until commit, so the next writer for the agreement waits and takes the numbers after these.
     */
    void append(UUID agreementId, List<Pending> events) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    with numbered as (
                        insert into event_sequence (agreement_id, last_sequence) values (?, ?)
                        on conflict (agreement_id) do update set last_sequence = event_sequence.last_sequence + excluded.last_sequence
                        returning last_sequence)
                    insert into event_outbox (id, agreement_id, sequence, topic, type, source, occurred_at, data,
                                              traceparent, tracestate)
                    select event.id, ?, numbered.last_sequence - ? + event.n, event.topic, event.type, event.source,
                           cast(event.occurred_at as timestamptz), cast(event.data as json), event.traceparent, event.tracestate
                      from numbered, unnest(?, ?, ?, ?, ?, ?, ?, ?) with ordinality
                           as event (id, topic, type, source, occurred_at, data, traceparent, tracestate, n)
                     order by event.n""");
            statement.setObject(1, agreementId);
            statement.setInt(2, events.size());
            statement.setObject(3, agreementId);
            statement.setInt(4, events.size());
            statement.setArray(5, connection.createArrayOf("uuid", events.stream().map(Pending::id).toArray()));
            statement.setArray(6, connection.createArrayOf("text", events.stream().map(Pending::topic).toArray()));
            statement.setArray(7, connection.createArrayOf("text", events.stream().map(Pending::type).toArray()));
            statement.setArray(8, connection.createArrayOf("text", events.stream().map(event -> event.source().toString()).toArray()));
            statement.setArray(9, connection.createArrayOf("text", events.stream().map(event -> event.time().toString()).toArray()));
            statement.setArray(10, connection.createArrayOf("text", events.stream().map(Pending::data).toArray()));
            statement.setArray(11, connection.createArrayOf("text", events.stream().map(event -> event.trace().traceparent()).toArray()));
            statement.setArray(12, connection.createArrayOf("text", events.stream().map(event -> event.trace().tracestate()).toArray()));
            return statement;
        });
    }

    /** Returns false at once if another relay holds the lock; it is released when the transaction ends. */
    boolean tryLockRelay() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK));
    }

    /** Oldest first; for one agreement that is sequence order. */
    List<OutboxRecord> pending(int limit) {
        return jdbc.query("""
                select id, agreement_id, sequence, topic, type, source, occurred_at, data, traceparent, tracestate
                  from event_outbox
                where published_at is null order by position limit ?""", RECORD, limit);
    }

    void markPublished(Collection<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("update event_outbox set published_at = ? where id = any(?)");
            statement.setObject(1, at.atOffset(ZoneOffset.UTC));
            statement.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            return statement;
        });
    }

    Backlog backlog() {
        return jdbc.queryForObject("select count(*), min(occurred_at) from event_outbox where published_at is null",
                (rs, row) -> new Backlog(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)));
    }

    /** @param oldest when the oldest pending event occurred; {@code null} when nothing is pending */
    record Backlog(long pending, OffsetDateTime oldest) {

        Duration age(Instant now) {
            return oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
        }
    }
}
