package org.regionalcoop.drill;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.regionalcoop.local.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.regionalcoop.drill.DrillReport.seconds;

/**
 * A stream of poison records of every kind the platform dead-letters, mixed with the good votes of running
 * lifecycles and aimed at them (same key, same partition): every poison record must be dead-lettered once, in
 * the table and on the dead-letter topic, each with its reason; every good vote applied; the consumer lag back
 * to zero; every lifecycle completed.
 */
final class PoisonDrill implements Drill {

    static final int DEFAULT_LIFECYCLES = 50;
    static final int DEFAULT_THREADS = 16;
    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final String VOTE_CAST = "org.regionalcoop.consensus.vote-cast.v1";

    private record Dose(Poison kind, DeadLetterRecords.Origin origin) {
    }

    /** The records sent, and how long after the last of them the group's lag was first zero. */
    private record Stream(List<Dose> doses, Duration lagZeroAfterLast) {
    }

    @Override
    public void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception {
        int lifecycles = settings.lifecyclesOr(DEFAULT_LIFECYCLES);
        int threads = settings.threadsOr(DEFAULT_THREADS);
        // Half a record of each kind per lifecycle: poison outnumbers the good votes two to one.
        int perKind = Math.max(1, (lifecycles + 1) / 2);
        report.setting("lifecycles", lifecycles).setting("threads", threads).setting("poisonPerKind", perKind)
                .setting("instanceSettings", settings.instanceSettings());
        Instant begun = Instant.now();
        Map<DeadLetterRecords.Origin, List<String>> earlierInTable = DeadLetterRecords.inTable(rig.jdbcUrl());
        Map<DeadLetterRecords.Origin, List<String>> earlierOnTopic = DeadLetterRecords.onTopic(rig.bootstrapServers());
        long votesBefore = votesTakenIn(rig.jdbcUrl());
        AtomicLong peakLag = new AtomicLong();
        Stream stream;
        Lifecycles.Outcome driven;
        try (InboundGroup group = new InboundGroup(rig.bootstrapServers());
             KafkaProducer<String, byte[]> faulty = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     rig.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            Lifecycles driver = rig.lifecycles("Poison drill agreement ", threads);
            ExecutorService background = Executors.newFixedThreadPool(3);
            try {
                long started = System.nanoTime();
                Future<Lifecycles.Outcome> load = background.submit(() -> driver.drive(lifecycles, progress.lifecycles(driver)));
                Future<Stream> poisoning = background.submit(() -> poison(faulty, group, rig.jdbcUrl(), begun, perKind, progress));
                Future<?> sampler = background.submit(() -> sampleLag(group, peakLag));
                driven = load.get();
                stream = poisoning.get();
                sampler.cancel(true);
                report.figure("load: proposal of the first to closure of the last", seconds(started, System.nanoTime()), "s");
            } finally {
                background.shutdownNow();
            }
            report.lifecycles(driven);
            progress.say("load over: %d of %d lifecycles completed, %d poison records sent; waiting for lag 0",
                    driven.completed(), lifecycles, stream.doses().size());
            group.awaitCaughtUp(DrillRig.PATIENCE);
            report.figure("peak consumer lag (sampled every 250 ms)", peakLag.get(), "records");
            report.figure("lag back to 0 (last poison record sent → lag 0, good votes still coming)",
                    stream.lagZeroAfterLast().toMillis() / 1000.0, "s");
        }
        List<Dose> doses = stream.doses();

        Map<DeadLetterRecords.Origin, List<String>> table = without(DeadLetterRecords.inTable(rig.jdbcUrl()), earlierInTable);
        Map<DeadLetterRecords.Origin, List<String>> topic = without(DeadLetterRecords.onTopic(rig.bootstrapServers()), earlierOnTopic);
        List<String> missed = new ArrayList<>();
        for (Poison kind : Poison.values()) {
            List<Dose> ofKind = doses.stream().filter(dose -> dose.kind() == kind).toList();
            long inTable = ofKind.stream().filter(dose -> List.of(kind.reason()).equals(table.get(dose.origin()))).count();
            long onTopic = ofKind.stream().filter(dose -> List.of(kind.reason()).equals(topic.get(dose.origin()))).count();
            report.figure(kind.reason() + ": sent / in the table / on the topic", ofKind.size() + " / " + inTable + " / " + onTopic,
                    "records");
            if (inTable != ofKind.size() || onTopic != ofKind.size()) {
                missed.add(kind.reason() + ": " + ofKind.size() + " sent, " + inTable + " in the table and " + onTopic
                        + " on the topic once with that reason");
            }
        }
        long poisonInTable = table.size();
        long poisonOnTopic = topic.values().stream().mapToLong(List::size).sum();
        report.figure("dead letters new in the table / on the topic", poisonInTable + " / " + poisonOnTopic, "records");
        long votesApplied = votesTakenIn(rig.jdbcUrl()) - votesBefore;
        report.figure("good votes sent / applied", 2L * lifecycles + " / " + votesApplied, "records");
        if (poisonInTable != doses.size() || poisonOnTopic != doses.size()) {
            missed.add(doses.size() + " poison records, but " + poisonInTable + " new dead letters in the table and "
                    + poisonOnTopic + " on the topic: good records among them, or some twice");
        }
        if (votesApplied != 2L * lifecycles) {
            missed.add(2L * lifecycles + " good votes sent, " + votesApplied + " taken in");
        }

        progress.say("checking the invariants");
        Invariants.Result invariants = rig.checkInvariants();
        report.invariants(invariants);
        report.figure("events lost", invariants.lost(), "events");
        report.figure("duplicate effects", invariants.duplicateEffectsTotal(), "effects");
        if (!missed.isEmpty()) {
            throw new IllegalStateException("Poison not handled as it must be: " + String.join("; ", missed));
        }
    }

    /** Sends {@code perKind} records of every kind in turns, each aimed at the latest lifecycle still in consensus. */
    private static Stream poison(KafkaProducer<String, byte[]> faulty, InboundGroup group, String jdbcUrl, Instant begun,
                                 int perKind, ProgressLine progress) throws Exception {
        List<Dose> doses = new ArrayList<>();
        Poison[] kinds = Poison.values();
        Poison.Target latest = null;
        long lastSent = System.nanoTime();
        for (int n = 0; n < perKind * kinds.length; n++) {
            Optional<Poison.Target> found = inConsensus(jdbcUrl, begun);
            while (found.isEmpty() && latest == null) {
                Thread.sleep(INTERVAL.toMillis());
                found = inConsensus(jdbcUrl, begun);
            }
            // Once the last lifecycle left consensus, the rest of the stream is aimed at it all the same.
            latest = found.orElse(latest);
            Poison.Target target = new Poison.Target(n, latest.agreementId(), latest.participant(), latest.impersonator());
            Poison kind = kinds[n % kinds.length];
            RecordMetadata sent = faulty.send(kind.record(target)).get(30, TimeUnit.SECONDS);
            lastSent = System.nanoTime();
            doses.add(new Dose(kind, new DeadLetterRecords.Origin(sent.topic(), sent.partition(), sent.offset())));
            Thread.sleep(INTERVAL.toMillis());
        }
        progress.say("%d poison records sent, %d of each kind; waiting for lag 0", doses.size(), perKind);
        group.awaitCaughtUp(DrillRig.PATIENCE);
        return new Stream(doses, Duration.ofNanos(System.nanoTime() - lastSent));
    }

    /** The latest agreement of this drill still collecting votes, with its initiator and the other participant. */
    private static Optional<Poison.Target> inConsensus(String jdbcUrl, Instant begun) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             PreparedStatement query = connection.prepareStatement("""
                     select a.id::text, p.government_code, a.initiator from agreement a
                       join agreement_participant p on p.agreement_id = a.id and p.government_code <> a.initiator
                      where a.status in ('PROPOSED', 'IN_CONSENSUS') and a.proposed_at >= ?
                      order by a.proposed_at desc limit 1""")) {
            query.setTimestamp(1, Timestamp.from(begun));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Poison.Target(0, rows.getString(1), rows.getString(2), rows.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static long votesTakenIn(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             PreparedStatement query = connection.prepareStatement("select count(*) from event_inbox where type = ?")) {
            query.setString(1, VOTE_CAST);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Void sampleLag(InboundGroup group, AtomicLong peak) throws Exception {
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(group.lag(), Math::max);
            Thread.sleep(250);
        }
        return null;
    }

    /** The dead letters that were not there before this drill. */
    private static Map<DeadLetterRecords.Origin, List<String>> without(Map<DeadLetterRecords.Origin, List<String>> now,
                                                                      Map<DeadLetterRecords.Origin, List<String>> earlier) {
        Map<DeadLetterRecords.Origin, List<String>> added = new HashMap<>(now);
        added.keySet().removeAll(earlier.keySet());
        return added;
    }
}
