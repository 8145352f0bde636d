package org.regionalcoop.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the machine allows, measured in the same run: one-row inserts each committed on their own in the
 * same PostgreSQL, and records sent with acks=all to the same broker, both as fast as they go.
 */
final class Floors {

    static final String TOPIC = "benchmark.floor";
    static final int THREADS = 4;
    static final byte[] PAYLOAD = new byte[600];

    private final JdbcTemplate jdbc;
    private final String bootstrapServers;

    Floors(JdbcTemplate jdbc, String bootstrapServers) {
        this.jdbc = jdbc;
        this.bootstrapServers = bootstrapServers;
    }

    void run(Settings settings, Report report, Progress progress) throws Exception {
        jdbc.execute("create table if not exists benchmark_floor (id bigserial primary key, payload text not null)");
        createTopic(bootstrapServers, TOPIC);
        List<Double> commits = new ArrayList<>();
        List<Double> asyncSends = new ArrayList<>();
        List<Double> syncSends = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            progress.say("floors: warm-up");
            insertRate(Duration.ofSeconds(2));
            asyncSendRate(producer, Duration.ofSeconds(2));
            for (int round = 1; round <= settings.rounds(); round++) {
                commits.add(insertRate(settings.floorDuration()));
                asyncSends.add(asyncSendRate(producer, settings.floorDuration()));
                syncSends.add(syncSendRate(producer, settings.floorDuration()));
                progress.say("floors round %d/%d: %.0f commits/s, %.0f records/s pipelined, %.0f sends/s one at a time",
                        round, settings.rounds(), commits.get(round - 1), asyncSends.get(round - 1), syncSends.get(round - 1));
            }
        } finally {
            jdbc.execute("drop table benchmark_floor");
        }
        report.figure("floor", "PostgreSQL one-row insert commits (" + THREADS + " threads)", "commits/s", commits);
        report.figure("floor", "Kafka acks=all records, pipelined (1 thread)", "records/s", asyncSends);
        report.figure("floor", "Kafka acks=all send+ack one at a time (" + THREADS + " threads)", "records/s", syncSends);
    }

    private double insertRate(Duration duration) {
        return Load.closed(THREADS, duration, due -> jdbc.update("insert into benchmark_floor (payload) values (?)",
                "floor")).perSecond();
    }

    /** As many records in flight as the producer takes; the rate of acknowledgements. */
    private static double asyncSendRate(KafkaProducer<String, byte[]> producer, Duration duration) throws InterruptedException {
        Semaphore inFlight = new Semaphore(10_000);
        AtomicLong acknowledged = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            inFlight.acquire();
            producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), PAYLOAD), (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.incrementAndGet();
                }
                inFlight.release();
            });
        }
        producer.flush();
        return acknowledged.get() * 1e9 / (System.nanoTime() - start);
    }

    private static double syncSendRate(KafkaProducer<String, byte[]> producer, Duration duration) {
        return Load.closed(THREADS, duration, due -> producer.send(
                new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), PAYLOAD)).get(30, TimeUnit.SECONDS)).perSecond();
    }

    /** The relay's producer settings: acks=all, idempotent. */
    static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "benchmark",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    static void createTopic(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 12, (short) 1)
                        .configs(Map.of("message.timestamp.type", "LogAppendTime")))).all().get();
            }
        }
    }
}
