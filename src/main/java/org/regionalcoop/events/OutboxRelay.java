package org.regionalcoop.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes pending outbox events to Kafka, one batch per call, as CloudEvents in binary mode keyed by
 * agreement id. An event is marked published only after the broker acknowledged it, and an agreement's
 * later events wait while an earlier one failed, so its order holds.
 */
class OutboxRelay implements AutoCloseable {

    /** The longest wait between the producer's attempts to reach a broker that went away (docs/benchmarks.md, broker drill). */
    static final Duration RECONNECT_BACKOFF_MAX = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Producer<String, CloudEvent> producer;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Clock clock;
    private final ObservationRegistry observations;

    OutboxRelay(Outbox outbox, TransactionTemplate transactions, Producer<String, CloudEvent> producer,
                EventsProperties.Relay settings, Clock clock, ObservationRegistry observations) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.producer = producer;
        this.batchSize = settings.batchSize();
        this.sendTimeout = settings.sendTimeout();
        this.clock = clock;
        this.observations = observations;
    }

    /** For its client metrics. */
    Producer<String, CloudEvent> producer() {
        return producer;
    }

    /** The relay's producer settings on top of the application's (bootstrap servers, acks, idempotence). */
    static Map<String, Object> producerConfig(Map<String, Object> application, EventsProperties.Relay settings) {
        Map<String, Object> config = new HashMap<>(application);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "platform") + "-outbox-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One attempt gives up within the send timeout, so a down broker cannot hold the relay's transaction.
        long timeout = settings.sendTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (timeout / 2));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        // While the broker is down the client would otherwise log a reconnect warning every second. Capped well
        // below the relay's pauses: at a minute the producer found a broker back from an outage 30-50 s late.
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                Math.min(settings.maxBackoff().toMillis(), RECONNECT_BACKOFF_MAX.toMillis()));
        return config;
    }

    /** One batch in one transaction; it holds the relay lock, so no other instance relays meanwhile. */
    Batch relayBatch() {
        return transactions.execute(status -> outbox.tryLockRelay() ? publish(outbox.pending(batchSize)) : Batch.SKIPPED);
    }

    private Batch publish(List<OutboxRecord> pending) {
        List<Future<RecordMetadata>> sends = send(pending);
        // The producer's delivery timeout decides each outcome; this only guards against a hung client.
        long deadline = System.nanoTime() + sendTimeout.multipliedBy(2).toNanos();
        Set<UUID> held = new HashSet<>();
        List<UUID> acknowledged = new ArrayList<>();
        Exception failure = null;
        for (int i = 0; i < pending.size(); i++) {
            OutboxRecord record = pending.get(i);
            if (i >= sends.size() || held.contains(record.agreementId())) {
                held.add(record.agreementId());
                continue;
            }
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(record.id());
            } catch (ExecutionException | TimeoutException e) {
                held.add(record.agreementId());
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                held.add(record.agreementId());
                failure = e;
            }
        }
        outbox.markPublished(acknowledged, clock.instant());
        return new Batch(acknowledged.size(), pending.size() == batchSize && failure == null, failure);
    }

    /**
     * Stops at the first send that fails at once (no metadata while the broker is unreachable): each
     * further send would block for the whole timeout again.
     */
    private List<Future<RecordMetadata>> send(List<OutboxRecord> pending) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (OutboxRecord record : pending) {
            Future<RecordMetadata> sent = send(record);
            sends.add(sent);
            if (sent.isDone() && failed(sent)) {
                break;
            }
        }
        return sends;
    }

    /** Its span, a child of the event's write, lasts until the broker acknowledged the record or the send failed. */
    private Future<RecordMetadata> send(OutboxRecord record) {
        Observation sending = EventObservations.relaySend(observations, record).start();
        try {
            return producer.send(new ProducerRecord<>(record.topic(), record.agreementId().toString(), record.toCloudEvent()),
                    (metadata, failure) -> {
                        if (failure != null) {
                            sending.error(failure);
                        }
                        sending.stop();
                    });
        } catch (RuntimeException failure) {
            sending.error(failure);
            sending.stop();
            throw failure;
        }
    }

    private static boolean failed(Future<RecordMetadata> done) {
        try {
            done.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        producer.close(sendTimeout);
    }

    /**
     * @param published events acknowledged and marked in this batch
     * @param more      a full batch went out without failure, so more may be waiting
     * @param failure   why some events stay pending, or {@code null}
     */
    record Batch(int published, boolean more, Exception failure) {

        static final Batch SKIPPED = new Batch(0, false, null);
    }
}
