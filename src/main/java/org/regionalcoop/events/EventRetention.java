package org.regionalcoop.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Deletes inbox rows and published outbox rows past their retention, in small batches of their own
 * transactions. An unpublished outbox row is never deleted, whatever its age. The per-agreement sequence
 * lives in {@code event_sequence}, which this never touches, so numbering goes on without gaps after an
 * agreement's old events are gone. Several instances may clean at once: each batch skips the rows another
 * instance is deleting.
 */
class EventRetention {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventsProperties.Retention retention;
    private final Clock clock;

    EventRetention(JdbcTemplate jdbc, TransactionTemplate transactions, EventsProperties.Retention retention,
                   TopicCatalog topics, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock;
        requireInboxOutlivesInboundTopics(retention.inbox(), topics);
    }

    /** A shorter inbox retention would let a replay from the earliest offset apply an old event a second time. */
    static void requireInboxOutlivesInboundTopics(Duration inbox, TopicCatalog topics) {
        for (TopicCatalog.Topic topic : topics.topics()) {
            if (!"inbound".equals(topic.direction())) {
                continue;
            }
            if ("unlimited".equals(topic.retention()) || Duration.parse(topic.retention()).compareTo(inbox) >= 0) {
                throw new IllegalStateException("platform.events.retention.inbox (" + inbox + ") must exceed the retention of "
                        + "the inbound topic " + topic.name() + " (" + topic.retention() + "), or a replay of that topic "
                        + "would apply events again");
            }
        }
    }

    @Scheduled(fixedDelayString = "${platform.events.retention.interval:PT1H}",
            initialDelayString = "${platform.events.retention.interval:PT1H}")
    void cleanUpOnSchedule() {
        try {
            Removed removed = cleanUp();
            if (removed.inbox() + removed.outbox() > 0) {
                log.info("Event retention removed {} inbox and {} published outbox rows", removed.inbox(), removed.outbox());
            }
        } catch (RuntimeException e) {
            // The next run tries again; nothing is lost by cleaning up later.
            log.warn("Event retention clean-up failed: {}", e.getMessage());
        }
    }

    /** Rows removed by one clean-up. */
    record Removed(long inbox, long outbox) {
    }

    Removed cleanUp() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        long inbox = inBatches("""
                delete from event_inbox where (source, id) in (
                    select source, id from event_inbox where taken_in_at < ? limit ? for update skip locked)""",
                now.minus(retention.inbox()));
        long outbox = inBatches("""
                delete from event_outbox where id in (
                    select id from event_outbox where published_at < ? limit ? for update skip locked)""",
                now.minus(retention.outbox()));
        return new Removed(inbox, outbox);
    }

    private long inBatches(String delete, OffsetDateTime before) {
        long removed = 0;
        int batch;
        do {
            batch = Objects.requireNonNull(transactions.execute(status ->
                    jdbc.update(delete, before, retention.batchSize())));
            removed += batch;
        } while (batch == retention.batchSize());
        return removed;
    }
}
