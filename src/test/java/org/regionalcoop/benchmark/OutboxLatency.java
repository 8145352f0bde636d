package org.regionalcoop.benchmark;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementStatusChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * W3: how long an event takes from the commit that wrote it to the outbox, through the relay and the
 * broker's append, to a consumer; against a record sent directly by a producer with the relay's settings,
 * in the same run, alternating. Every event has its own agreement id, which is also its Kafka key, so the
 * consumer can pair it with its commit. The topics stamp the broker's append time on each record.
 */
final class OutboxLatency implements AutoCloseable {

    static final String OUTBOX_TOPIC = "coop.agreements.v1";
    static final String DIRECT_TOPIC = "benchmark.direct";
    static final int PUBLISHERS = 8;

    /** Latencies of one phase, in microseconds: whole path and its two hops. */
    static final class Phase {
        final Histogram total = new Histogram(3);
        final Histogram toAppend = new Histogram(3);
        final Histogram fromAppend = new Histogram(3);
        final AtomicLong received = new AtomicLong();
        volatile long lastReceipt;

        synchronized void record(long nanos, long commitWallMicros, long appendMillis, long receiptWallMicros) {
            total.recordValue(Math.max(0, nanos / 1000));
            toAppend.recordValue(Math.max(0, appendMillis * 1000 - commitWallMicros));
            fromAppend.recordValue(Math.max(0, receiptWallMicros - appendMillis * 1000));
            received.incrementAndGet();
            lastReceipt = System.nanoTime();
        }
    }

    /** The two halves of one event's journey; whichever arrives second completes it. */
    private record Sighting(long nanos, long wallMicros, long appendMillis, Phase phase) {
    }

    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final String bootstrapServers;
    private final Map<String, Sighting> started = new ConcurrentHashMap<>();
    private final Map<String, Sighting> arrived = new ConcurrentHashMap<>();
    private final KafkaProducer<String, byte[]> producer;
    private final Thread consumerThread;
    private volatile boolean consuming = true;

    OutboxLatency(TransactionTemplate transactions, ApplicationEventPublisher events, String bootstrapServers) throws Exception {
        this.transactions = transactions;
        this.events = events;
        this.bootstrapServers = bootstrapServers;
        Floors.createTopic(bootstrapServers, DIRECT_TOPIC);
        AppendTimes.stamp(bootstrapServers, List.of(OUTBOX_TOPIC));
        this.producer = Floors.producer(bootstrapServers);
        KafkaConsumer<String, byte[]> consumer = AppendTimes.consumerAtEnd(bootstrapServers, List.of(OUTBOX_TOPIC, DIRECT_TOPIC));
        this.consumerThread = new Thread(() -> consume(consumer), "bench-consumer");
        consumerThread.setDaemon(true);
        consumerThread.start();
    }

    private void consume(KafkaConsumer<String, byte[]> consumer) {
        try (consumer) {
            while (consuming) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    arrive(record.key(), new Sighting(System.nanoTime(), wallMicros(), record.timestamp(), null));
                }
            }
        }
    }

    private void start(String key, Phase phase) {
        pair(key, new Sighting(System.nanoTime(), wallMicros(), 0, phase), started, arrived);
    }

    private void arrive(String key, Sighting sighting) {
        pair(key, sighting, arrived, started);
    }

    private static void pair(String key, Sighting sighting, Map<String, Sighting> mine, Map<String, Sighting> other) {
        Sighting counterpart = other.remove(key);
        if (counterpart == null) {
            mine.put(key, sighting);
            counterpart = other.remove(key);
            if (counterpart == null || mine.remove(key) == null) {
                return;
            }
        }
        Sighting start = sighting.phase() != null ? sighting : counterpart;
        Sighting end = sighting.phase() != null ? counterpart : sighting;
        start.phase().record(end.nanos() - start.nanos(), start.wallMicros(), end.appendMillis(), end.wallMicros());
    }

    private static long wallMicros() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toMicros(now.getEpochSecond()) + now.getNano() / 1000;
    }

    /** One event in one transaction, timed from the moment its commit returned. */
    private void viaOutbox(Phase phase, int eventsPerTransaction) {
        List<String> keys = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < eventsPerTransaction; i++) {
                UUID agreementId = UUID.randomUUID();
                keys.add(agreementId.toString());
                events.publishEvent(new AgreementStatusChanged(agreementId, AgreementStatus.IN_APPROVAL,
                        AgreementStatus.APPROVED, Instant.now()));
            }
        });
        keys.forEach(key -> start(key, phase));
    }

    private void direct(Phase phase) {
        String key = UUID.randomUUID().toString();
        start(key, phase);
        producer.send(new ProducerRecord<>(DIRECT_TOPIC, key, Floors.PAYLOAD));
    }

    /** Waits until every event of the phase arrived (or the time is up); false if some never came. */
    private static boolean drain(Phase phase, long expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (phase.received.get() < expected && System.nanoTime() < deadline) {
            Resources.pause(20);
        }
        return phase.received.get() >= expected;
    }

    void run(Settings settings, Report report, Progress progress) {
        progress.say("W3: warm-up");
        Phase warmUp = new Phase();
        Load.atRate(PUBLISHERS, settings.outboxRate(), Duration.ofSeconds(3), due -> viaOutbox(warmUp, 1));
        Load.atRate(PUBLISHERS, settings.outboxRate(), Duration.ofSeconds(2), due -> direct(warmUp));
        drain(warmUp, Long.MAX_VALUE, Duration.ofSeconds(3));
        forgetStragglers();

        Map<String, List<Double>> figures = new java.util.LinkedHashMap<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            Phase direct = new Phase();
            Load.Outcome directLoad = Load.atRate(PUBLISHERS, settings.outboxRate(), settings.outboxDuration(), due -> direct(direct));
            producer.flush();
            boolean directComplete = drain(direct, directLoad.completed(), Duration.ofSeconds(30));
            Phase outbox = new Phase();
            Load.Outcome outboxLoad = Load.atRate(PUBLISHERS, settings.outboxRate(), settings.outboxDuration(),
                    due -> viaOutbox(outbox, 1));
            boolean outboxComplete = drain(outbox, outboxLoad.completed(), Duration.ofSeconds(30));
            BareEngine.failOn("W3 outbox round " + round, outboxLoad);
            if (!directComplete || !outboxComplete) {
                throw new IllegalStateException("W3 round " + round + ": events missing at the consumer (direct "
                        + direct.received.get() + "/" + directLoad.completed() + ", outbox " + outbox.received.get()
                        + "/" + outboxLoad.completed() + ")");
            }
            add(figures, "direct send→receipt p50", direct.total.getValueAtPercentile(50));
            add(figures, "direct send→receipt p95", direct.total.getValueAtPercentile(95));
            add(figures, "direct send→receipt p99", direct.total.getValueAtPercentile(99));
            add(figures, "outbox commit→receipt p50", outbox.total.getValueAtPercentile(50));
            add(figures, "outbox commit→receipt p95", outbox.total.getValueAtPercentile(95));
            add(figures, "outbox commit→receipt p99", outbox.total.getValueAtPercentile(99));
            add(figures, "outbox hop commit→broker append p99 (ms clock)", outbox.toAppend.getValueAtPercentile(99));
            add(figures, "outbox hop broker append→receipt p99 (ms clock)", outbox.fromAppend.getValueAtPercentile(99));
            figures.computeIfAbsent("achieved rate direct", name -> new ArrayList<>()).add(directLoad.perSecond());
            figures.computeIfAbsent("achieved rate outbox", name -> new ArrayList<>()).add(outboxLoad.perSecond());
            progress.say("W3 round %d/%d at %.0f/s: p99 direct %.1f ms, outbox %.1f ms (achieved %.0f/s and %.0f/s)",
                    round, settings.rounds(), settings.outboxRate(), direct.total.getValueAtPercentile(99) / 1000.0,
                    outbox.total.getValueAtPercentile(99) / 1000.0, directLoad.perSecond(), outboxLoad.perSecond());
        }
        String rate = String.format(" at %.0f/s", settings.outboxRate());
        figures.forEach((name, values) -> report.figure("W3", name + (name.startsWith("achieved") ? "" : rate),
                name.startsWith("achieved") ? "events/s" : "ms", values));
        List<Double> overhead = Stats.differences(figures.get("outbox commit→receipt p99"), figures.get("direct send→receipt p99"));
        report.figure("W3", "outbox p99 − direct p99" + rate, "ms", overhead);
        report.verdict("W3 outbox p99 ≤ direct-send p99 + 25 ms at " + (long) settings.outboxRate() + " events/s",
                Stats.median(overhead), "ms over direct", true, 25);
        report.note("W3 hop split uses the broker's append time (LogAppendTime, millisecond clock) against this JVM's wall clock");

        sustained(settings, report, progress);
    }

    /**
     * The most events per second the outbox delivers: publishers commit as fast as they can, then the rate is
     * what reached the consumer between the first commit and the last receipt. Once with one event per
     * transaction, once with ten (as a decision that publishes several facts does).
     */
    private void sustained(Settings settings, Report report, Progress progress) {
        Map<String, List<Double>> rates = new java.util.LinkedHashMap<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (int perTransaction : new int[] {1, 10}) {
                Phase phase = new Phase();
                long start = System.nanoTime();
                Load.Outcome load = Load.closed(PUBLISHERS, settings.saturationDuration(), due -> viaOutbox(phase, perTransaction));
                BareEngine.failOn("W3 saturation", load);
                long expected = load.completed() * perTransaction;
                if (!drain(phase, expected, Duration.ofSeconds(60))) {
                    throw new IllegalStateException("W3 saturation: " + (expected - phase.received.get()) + " events never arrived");
                }
                double delivered = expected * 1e9 / (phase.lastReceipt - start);
                double committed = expected * 1e9 / load.nanos();
                rates.computeIfAbsent("sustained events/s, " + perTransaction + " event(s) per transaction, delivered",
                        name -> new ArrayList<>()).add(delivered);
                rates.computeIfAbsent("sustained events/s, " + perTransaction + " event(s) per transaction, committed",
                        name -> new ArrayList<>()).add(committed);
                progress.say("W3 saturation round %d/%d, %d per transaction: %.0f events/s committed, %.0f delivered",
                        round, settings.rounds(), perTransaction, committed, delivered);
            }
        }
        rates.forEach((name, values) -> report.figure("W3", name + " (" + PUBLISHERS + " writers)", "events/s", values));
        report.verdict("W3 ≥ 5,000 events/s sustained (one event per transaction)",
                Stats.median(rates.get("sustained events/s, 1 event(s) per transaction, delivered")), "events/s", false, 5000);
        report.verdict("W3 ≥ 5,000 events/s sustained (ten events per transaction)",
                Stats.median(rates.get("sustained events/s, 10 event(s) per transaction, delivered")), "events/s", false, 5000);
    }

    private static void add(Map<String, List<Double>> figures, String name, long micros) {
        figures.computeIfAbsent(name, key -> new ArrayList<>()).add(micros / 1000.0);
    }

    private void forgetStragglers() {
        started.clear();
        arrived.clear();
    }

    @Override
    public void close() throws InterruptedException {
        consuming = false;
        consumerThread.join(5000);
        producer.close(Duration.ofSeconds(5));
    }
}
