package org.regionalcoop.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes every published {@link AgreementEvent} to the outbox in the publisher's transaction, so the
 * event commits or rolls back with the change it announces, with the trace context of that change; the events are
 * numbered and stored when the transaction commits, in the order they were published.
 */
class OutboxWriter {

    static final String TYPE_PREFIX = "org.regionalcoop.";

    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final Set<String> outboundTopics;
    private final URI source;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final Runnable wakeRelay;

    OutboxWriter(Outbox outbox, ObjectMapper objectMapper, TopicCatalog topics, URI source, Clock clock,
                 ObservationRegistry observations, Runnable wakeRelay) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.outboundTopics = topics.topics().stream()
                .filter(topic -> "outbound".equals(topic.direction()))
                .map(TopicCatalog.Topic::name)
                .collect(Collectors.toUnmodifiableSet());
        this.source = source;
        this.clock = clock;
        this.observations = observations;
        this.wakeRelay = wakeRelay;
    }

    static String cloudEventType(Published published) {
        return TYPE_PREFIX + published.type() + ".v" + published.version();
    }

    @EventListener
    void write(AgreementEvent event) {
        // Without a transaction the event could be stored while the change it announces is lost, or the reverse.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(event.getClass().getName() + " was published outside a transaction: "
                    + "publish it inside the transaction that makes the change it announces");
        }
        Published published = event.getClass().getAnnotation(Published.class);
        if (published == null) {
            throw new IllegalStateException(event.getClass().getName() + " is an AgreementEvent without @Published");
        }
        // An unknown topic would stall the relay on a record the broker never accepts.
        if (!outboundTopics.contains(published.topic())) {
            throw new IllegalStateException(event.getClass().getName() + " names topic '" + published.topic()
                    + "', which is not an outbound topic of " + TopicCatalog.LOCATION);
        }
        UUID agreementId = event.agreementId();
        if (agreementId == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " has no agreement id");
        }
        String type = cloudEventType(published);
        Map<String, String> trace = new HashMap<>();
        // Started and stopped, not observed in a scope: nothing within it logs or starts a span of its own, and the
        // scope (the span made current, the log context set and restored) was a third of the observation's cost.
        Observation writing = EventObservations.outboxWrite(observations, trace, published.topic(), type).start();
        Outbox.Pending pending;
        try {
            pending = new Outbox.Pending(UUID.randomUUID(), agreementId, published.topic(), type, source,
                    // PostgreSQL keeps microseconds; the published time must equal the stored one.
                    OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS), json(event),
                    TraceContext.of(trace));
        } catch (RuntimeException failed) {
            writing.error(failed);
            throw failed;
        } finally {
            writing.stop();
        }
        writtenAtCommit().add(pending);
    }

    /** The events published so far in the current transaction (a transaction suspended for another keeps its own). */
    private List<Outbox.Pending> writtenAtCommit() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof WrittenAtCommit written && written.writer == this) {
                return written.events;
            }
        }
        WrittenAtCommit written = new WrittenAtCommit(this);
        TransactionSynchronizationManager.registerSynchronization(written);
        return written.events;
    }

    /**
     * A transaction's events, numbered and stored just before it commits, one statement per agreement, rather than one
     * statement (and one lock of the agreement's counter) per event: a W1 lifecycle publishes 28 events in about a
     * dozen transactions (docs/benchmarks.md). Agreements are stored in the order of their ids, so two transactions
     * that both write events of the same agreements lock their counters in the same order.
     */
    private static final class WrittenAtCommit implements TransactionSynchronization {

        private final OutboxWriter writer;
        private final List<Outbox.Pending> events = new ArrayList<>();

        private WrittenAtCommit(OutboxWriter writer) {
            this.writer = writer;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            Map<UUID, List<Outbox.Pending>> byAgreement = new TreeMap<>();
            events.forEach(event -> byAgreement.computeIfAbsent(event.agreementId(), agreement -> new ArrayList<>()).add(event));
            byAgreement.forEach(writer.outbox::append);
        }

        @Override
        public void afterCommit() {
            writer.wakeRelay.run();
        }
    }

    private String json(AgreementEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(event.getClass().getName() + " cannot be serialized as JSON", e);
        }
    }
}
