package org.regionalcoop.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several application instances against one PostgreSQL and one broker, as replicas share them on
 * Kubernetes: many agreements run their whole lifecycle, answered through Kafka and worked through the
 * task API of whichever instance, and then the run checks what must hold whatever the instances did —
 * every lifecycle completed, every job ran once, every event was published once and in order per
 * agreement, and no grant programme is over-committed. {@code MultiInstanceIT} runs it small in the
 * build; a larger run is the command in the README:
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.regionalcoop.local.MultiInstanceRun 3 300"</pre>
 */
public final class MultiInstanceRun {

    private static final String PASSWORD = "demo";
    private static final Duration LIFECYCLE_PATIENCE = Duration.ofMinutes(10);
    private static final List<String> OUTBOUND = List.of("coop.agreements.v1", "coop.grants.v1", "coop.projects.v1",
            "coop.settlements.v1", "coop.tasks.v1");

    /** Participants whose approval and grants go to one agency each, so every agency's staff work. */
    private record Pair(String first, String second, String agency) {
    }

    private static final List<Pair> PAIRS = List.of(new Pair("SH", "JS", "CN-CCA"), new Pair("HN-CS", "HN-ZZ", "HN-PCA"),
            new Pair("JS-NJ", "JS-SZ", "JS-PCA"));

    /** What the run found. */
    record Report(int instances, int lifecycles, int completed, List<String> failures, long events, long duplicateEvents,
                  long lostEvents, long agreementsWithGaps, long outOfOrder, Map<String, Long> jobsPerInstance,
                  long jobsRunTwice, long overcommittedProgrammes, Duration took) {

        boolean holds() {
            return completed == lifecycles && duplicateEvents == 0 && lostEvents == 0 && agreementsWithGaps == 0 && outOfOrder == 0
                    && jobsRunTwice == 0 && overcommittedProgrammes == 0;
        }

        String summary() {
            return String.join("\n",
                    "multi-instance run: " + instances + " instances, " + lifecycles + " lifecycles in " + took.toSeconds() + " s",
                    "  lifecycles completed       " + completed + " of " + lifecycles,
                    "  events published           " + events + " (duplicates " + duplicateEvents + ", committed but not published "
                            + lostEvents + ", agreements with gaps " + agreementsWithGaps + ", out of order " + outOfOrder + ")",
                    "  jobs run per instance      " + jobsPerInstance + " (run twice: " + jobsRunTwice + ")",
                    "  over-committed programmes  " + overcommittedProgrammes,
                    failures.isEmpty() ? "  failures                   none" : "  failures                   " + failures,
                    "  invariants                 " + (holds() ? "hold" : "BROKEN"));
        }
    }

    private MultiInstanceRun() {
    }

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Report report = run(instances, lifecycles, Files.createTempDirectory("multi-instance-"));
        System.out.println(report.summary());
        System.exit(report.holds() ? 0 : 1);
    }

    static Report run(int instanceCount, int lifecycles, Path directory) throws Exception {
        long started = System.nanoTime();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory.resolve("postgres"), false);
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(directory.resolve("kafka"))) {
            List<PlatformInstance> instances = new ArrayList<>();
            try {
                for (int i = 1; i <= instanceCount; i++) {
                    instances.add(PlatformInstance.start("instance-" + i, directory, postgres.jdbcUrl(),
                            kafka.bootstrapServers(), List.of("--platform.simulator.enabled=false",
                                    // Terms end soon after approval, so each lifecycle runs to its closure.
                                    "--platform.agreements.durations.term-override=PT20S")));
                    progress("%s ready", instances.get(i - 1).name());
                }
                List<String> failures = drive(instances, kafka.bootstrapServers(), lifecycles);
                int completed = lifecycles - failures.size();
                awaitOutboxDrained(postgres.jdbcUrl());
                return check(instances, postgres.jdbcUrl(), kafka.bootstrapServers(), lifecycles, completed, failures,
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                for (PlatformInstance instance : instances) {
                    instance.close();
                }
            }
        }
    }

    private static List<String> drive(List<PlatformInstance> instances, String bootstrapServers, int lifecycles)
            throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        ExecutorService staff = Executors.newFixedThreadPool(Math.min(8, lifecycles));
        List<String> failures = new ArrayList<>();
        try (KafkaProducer<String, byte[]> systems = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < lifecycles; n++) {
                int number = n;
                running.add(staff.submit((Callable<Void>) () -> {
                    lifecycle(number, instances, systems);
                    progress("%d of %d lifecycles completed", done.incrementAndGet(), lifecycles);
                    return null;
                }));
            }
            for (int n = 0; n < running.size(); n++) {
                try {
                    running.get(n).get();
                } catch (Exception e) {
                    failures.add("lifecycle " + n + ": " + (e.getCause() == null ? e : e.getCause()).getMessage());
                }
            }
        } finally {
            staff.shutdownNow();
        }
        return failures;
    }

    /** One agreement from proposal to closure; each step on the next instance in turn. */
    private static void lifecycle(int number, List<PlatformInstance> instances, KafkaProducer<String, byte[]> systems)
            throws Exception {
        Pair pair = PAIRS.get(number % PAIRS.size());
        AtomicInteger step = new AtomicInteger(number);
        Map<String, Object> proposed = staff(instances, step, pair.first() + ".coordinator")
                .post("/api/agreements", proposal(number, pair), 201);
        String id = (String) proposed.get("id");
        String hash = (String) ((Map<?, ?>) proposed.get("current")).get("contentHash");
        // An answer for a round still to come is held until it opens, so the systems need not wait.
        for (String participant : List.of(pair.first(), pair.second())) {
            systems.send(vote(id, participant)).get(30, TimeUnit.SECONDS);
        }
        for (String participant : List.of(pair.first(), pair.second())) {
            complete(instances, step, participant + ".leader", "user_sign_agreement", id, Map.of("signedContentHash", hash));
        }
        complete(instances, step, pair.agency() + ".reviewer", "user_review_agreement", id, Map.of("reviewDecision", "approve"));
        complete(instances, step, pair.agency() + ".grant_officer", "user_decide_grant", id, Map.of("grantDecision", "award"));
        complete(instances, step, pair.first() + ".coordinator", "user_evaluate_agreement", id,
                Map.of("evaluation", "run " + number + " done", "closureDecision", "terminate"));
        await(() -> "closed".equals(staff(instances, step, pair.second() + ".coordinator").get("/api/agreements/" + id)
                .get("status")) ? Optional.of(true) : Optional.empty(), "agreement " + id + " closed");
    }

    private static void complete(List<PlatformInstance> instances, AtomicInteger step, String group, String taskKey,
                                 String agreementId, Map<String, Object> values) throws Exception {
        StaffHttp staff = staff(instances, step, group);
        Map<String, Object> task = await(() -> staff.tasks(group, taskKey, agreementId).stream().findFirst(),
                taskKey + " for " + group + " on " + agreementId);
        staff.complete((String) task.get("id"), values);
    }

    private static StaffHttp staff(List<PlatformInstance> instances, AtomicInteger step, String group) {
        PlatformInstance instance = instances.get(step.getAndIncrement() % instances.size());
        return new StaffHttp(instance.baseUrl(), group.toLowerCase(), PASSWORD);
    }

    private static Map<String, Object> proposal(int number, Pair pair) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", "Multi-instance run agreement " + number);
        content.put("fields", List.of("transport"));
        content.put("participants", List.of(pair.first(), pair.second()));
        content.put("secretariat", pair.first());
        content.put("mode", "bottom-up");
        content.put("type", "framework");
        content.put("term", Map.of("start", LocalDate.now().toString(), "end", LocalDate.now().plusYears(5).toString()));
        content.put("costShares", List.of(Map.of("participant", pair.first(), "percent", "50"),
                Map.of("participant", pair.second(), "percent", "50")));
        content.put("benefitSharingRule", "by cost share");
        content.put("compensationRule", "none");
        content.put("defectionPenalty", "1000000.00");
        content.put("supportRequests", List.of(Map.of("type", "fiscal-transfer", "amount", "10000000.00",
                "description", "transport fund")));
        return Map.of("initiator", pair.first(), "content", content);
    }

    private static ProducerRecord<String, byte[]> vote(String agreementId, String participant) {
        String data = "{\"agreementId\": \"%s\", \"round\": 1, \"participant\": \"%s\", \"answer\": \"consent\"}"
                .formatted(agreementId, participant);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("coop.participant-replies.v1", agreementId,
                data.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:gov:" + participant.toLowerCase(), "ce_type", "org.regionalcoop.consensus.vote-cast.v1",
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private interface Lookup<T> {
        Optional<T> find() throws Exception;
    }

    private static <T> T await(Lookup<T> lookup, String what) throws Exception {
        long deadline = System.nanoTime() + LIFECYCLE_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = lookup.find();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("No " + what + " within " + LIFECYCLE_PATIENCE);
    }

    private static void awaitOutboxDrained(String jdbcUrl) throws Exception {
        await(() -> count(jdbcUrl, "select count(*) from event_outbox where published_at is null") == 0
                ? Optional.of(true) : Optional.empty(), "drained outbox");
    }

    private static Report check(List<PlatformInstance> instances, String jdbcUrl, String bootstrapServers, int lifecycles,
                                int completed, List<String> failures, Duration took) throws Exception {
        Map<String, List<long[]>> published = readOutbound(bootstrapServers);
        long events = published.values().stream().mapToLong(List::size).sum();
        long duplicates = 0;
        long gaps = 0;
        long outOfOrder = 0;
        for (List<long[]> agreementEvents : published.values()) {
            Set<Long> sequences = new HashSet<>();
            Map<Long, Long> lastPerTopic = new HashMap<>();
            for (long[] event : agreementEvents) {
                if (!sequences.add(event[1])) {
                    duplicates++;
                }
                Long last = lastPerTopic.put(event[0], event[1]);
                if (last != null && last >= event[1]) {
                    outOfOrder++;
                }
            }
            if (sequences.size() != sequences.stream().mapToLong(Long::longValue).max().orElse(0)) {
                gaps++;
            }
        }
        long lost = count(jdbcUrl, "select count(*) from event_outbox") - (events - duplicates);
        Map<String, Long> jobsPerInstance = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")) {
            while (rows.next()) {
                jobsPerInstance.put(rows.getString(1), rows.getLong(2));
            }
        }
        long jobsRunTwice = count(jdbcUrl, """
                select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2
                                       group by job_id_ having count(*) > 1) twice""");
        long overcommitted = overcommittedProgrammes(instances.get(0));
        return new Report(instances.size(), lifecycles, completed, failures, events, duplicates, lost, gaps, outOfOrder,
                jobsPerInstance, jobsRunTwice, overcommitted, took);
    }

    /** Every outbound record by agreement, as (topic index, sequence) in the order of the topic's partition. */
    private static Map<String, List<long[]>> readOutbound(String bootstrapServers) {
        Map<String, List<long[]>> byAgreement = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : OUTBOUND) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header sequence = record.headers().lastHeader("ce_sequence");
                    byAgreement.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(new long[]{
                            OUTBOUND.indexOf(record.topic()), Long.parseLong(new String(sequence.value(), StandardCharsets.UTF_8))});
                }
            }
        }
        return byAgreement;
    }

    private static long overcommittedProgrammes(PlatformInstance instance) throws IOException, InterruptedException {
        StaffHttp administrator = new StaffHttp(instance.baseUrl(), "admin", PASSWORD);
        long overcommitted = 0;
        for (Map<String, Object> programme : administrator.list("/api/grant-programmes")) {
            Map<String, Object> balances = administrator.get("/api/grant-programmes/" + programme.get("id") + "/balances");
            if (balances.get("available") != null && new BigDecimal((String) balances.get("available")).signum() < 0) {
                overcommitted++;
            }
        }
        return overcommitted;
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf("[multi-instance] " + format + "%n", arguments);
    }
}
