package org.regionalcoop.events;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Old inbox rows and published outbox rows go, in batches; unpublished events and the agreements' sequence
 * counters stay. Runs on the shared database with rows of its own, dated days back: the other tests' rows
 * are all younger than any retention, so only this test's rows are old.
 */
@PlatformTest
class EventRetentionTest {

    private final Instant now = Instant.now();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TopicCatalog topics;

    @Autowired
    Outbox outbox;

    @Autowired
    EventFlow flow;

    @Test
    void removesOldInboxAndPublishedOutboxRowsButNeverAnUnpublishedEventNorTheSequence() {
        UUID agreement = UUID.randomUUID();
        String source = "urn:gov:sh:retention-test-" + agreement;
        inbox(source, "old", now.minus(Duration.ofDays(46)));
        inbox(source, "recent", now.minus(Duration.ofDays(44)));
        event(agreement, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(8)));
        event(agreement, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(8)));
        event(agreement, now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(6)));
        event(agreement, now.minus(Duration.ofDays(30)), null);

        EventRetention.Removed removed = retention(2).cleanUp();

        assertThat(removed).isEqualTo(new EventRetention.Removed(1, 2));
        assertThat(jdbc.queryForList("select id from event_inbox where source = ?", String.class, source)).containsExactly("recent");
        assertThat(flow.of(new AgreementId(agreement))).extracting(EventFlow.Announced::sequence,
                        announced -> announced.publishedAt() == null)
                .as("the event published 6 days ago, and the unpublished one, which waits for the relay however old it is")
                .containsExactly(tuple(3, false), tuple(4, true));
        event(agreement, now, now);
        assertThat(flow.of(new AgreementId(agreement))).extracting(EventFlow.Announced::sequence)
                .as("numbering goes on after the agreement's old events").containsExactly(3, 4, 5);
    }

    @Test
    void deletesInBatchesUntilNothingOldIsLeft() {
        UUID agreement = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            event(agreement, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(10)));
        }

        assertThat(retention(3).cleanUp().outbox()).isEqualTo(7);
        assertThat(flow.of(new AgreementId(agreement))).isEmpty();
    }

    @Test
    void severalInstancesCleaningAtOnceRemoveEachRowOnce() throws Exception {
        UUID agreement = UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            event(agreement, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(10)));
        }
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Callable<EventRetention.Removed>> cleanUps = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cleanUps.add(() -> retention(4).cleanUp());
            }
            long removed = 0;
            for (Future<EventRetention.Removed> result : instances.invokeAll(cleanUps)) {
                removed += result.get().outbox();
            }
            assertThat(removed).isEqualTo(40);
        } finally {
            instances.shutdownNow();
        }
        assertThat(flow.of(new AgreementId(agreement))).isEmpty();
    }

    @Test
    void refusesAnInboxRetentionThatAReplayOfAnInboundTopicCouldOutlast() {
        assertThatThrownBy(() -> EventRetention.requireInboxOutlivesInboundTopics(Duration.ofDays(30), topics))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("platform.events.retention.inbox");
        EventRetention.requireInboxOutlivesInboundTopics(Duration.ofDays(31), topics);
    }

    private EventRetention retention(int batchSize) {
        return new EventRetention(jdbc, new TransactionTemplate(transactionManager),
                new EventsProperties.Retention(Duration.ofDays(45), Duration.ofDays(7), Duration.ofHours(1), batchSize),
                topics, Clock.fixed(now, ZoneOffset.UTC));
    }

    private void inbox(String source, String id, Instant takenIn) {
        jdbc.update("insert into event_inbox (source, id, type, taken_in_at) values (?, ?, 'org.regionalcoop.test.v1', ?)",
                source, id, takenIn.atOffset(ZoneOffset.UTC));
    }

    /** An event of the agreement, numbered as the outbox numbers them; published when {@code published} is set. */
    private void event(UUID agreement, Instant occurred, Instant published) {
        UUID id = UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.append(agreement, List.of(new Outbox.Pending(id, agreement, "coop.agreements.v1", "org.regionalcoop.test.v1",
                    URI.create("urn:test"), occurred.atOffset(ZoneOffset.UTC), "{}", new TraceContext(null, null))));
            jdbc.update("update event_outbox set published_at = ? where id = ?",
                    published == null ? null : published.atOffset(ZoneOffset.UTC), id);
        });
    }
}
