package org.regionalcoop.benchmark;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Splits W2's consensus into its hops by the broker's append times (a millisecond clock, the same machine's):
 * the proposal's commit → the round-opened event appended (outbox relay), → the last participant's vote
 * appended (broker → simulator → broker), → the round closed in the engine (inbound consumer, inbox, engine).
 * A consumer assigned to both topics at their ends notes each agreement's append times.
 */
final class ConsensusHops implements AutoCloseable {

    static final String AGREEMENTS = "coop.agreements.v1";
    static final String REPLIES = "coop.participant-replies.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** The hops of the lifecycles of one stretch, in microseconds (whole milliseconds from the broker's clock). */
    record Split(Histogram consensus, Histogram relay, Histogram simulator, Histogram inbound) {

        static Split create() {
            return new Split(new Histogram(3), new Histogram(3), new Histogram(3), new Histogram(3));
        }

        synchronized void record(long consensusMicros, long relayMillis, long simulatorMillis, long inboundMillis) {
            consensus.recordValue(consensusMicros);
            relay.recordValue(Math.max(0, relayMillis) * 1000);
            simulator.recordValue(Math.max(0, simulatorMillis) * 1000);
            inbound.recordValue(Math.max(0, inboundMillis) * 1000);
        }
    }

    private final Map<String, Long> roundsOpened = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> votes = new ConcurrentHashMap<>();
    private final Thread consumerThread;
    private volatile boolean consuming = true;

    ConsensusHops(String bootstrapServers) throws Exception {
        AppendTimes.stamp(bootstrapServers, List.of(AGREEMENTS, REPLIES));
        KafkaConsumer<String, byte[]> consumer = AppendTimes.consumerAtEnd(bootstrapServers, List.of(AGREEMENTS, REPLIES));
        consumerThread = new Thread(() -> consume(consumer), "bench-hops");
        consumerThread.setDaemon(true);
        consumerThread.start();
    }

    private void consume(KafkaConsumer<String, byte[]> consumer) {
        try (consumer) {
            while (consuming) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Header type = record.headers().lastHeader("ce_type");
                    String eventType = type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
                    if (eventType.endsWith(".round-opened.v1")) {
                        roundsOpened.putIfAbsent(record.key(), record.timestamp());
                    } else if (eventType.endsWith(".vote-cast.v1")) {
                        votes.computeIfAbsent(record.key(), key -> new CopyOnWriteArrayList<>()).add(record.timestamp());
                    }
                }
            }
        }
    }

    /**
     * Records one lifecycle's hops once the consumer has seen its round open and every participant's vote;
     * a lifecycle whose records it does not see within a few seconds counts in the consensus only.
     */
    void record(Split split, String agreementId, int participants, long consensusMicros, long proposedMillis,
                long closedMillis) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && !(roundsOpened.containsKey(agreementId)
                && votes.getOrDefault(agreementId, List.of()).size() >= participants)) {
            Thread.sleep(5);
        }
        Long opened = roundsOpened.remove(agreementId);
        List<Long> cast = votes.remove(agreementId);
        if (opened == null || cast == null || cast.size() < participants) {
            synchronized (split) {
                split.consensus().recordValue(consensusMicros);
            }
            return;
        }
        long lastVote = cast.stream().mapToLong(Long::longValue).max().orElseThrow();
        split.record(consensusMicros, opened - proposedMillis, lastVote - opened, closedMillis - lastVote);
    }

    @Override
    public void close() throws InterruptedException {
        consuming = false;
        consumerThread.join(Duration.ofSeconds(5).toMillis());
    }
}
