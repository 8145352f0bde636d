package org.regionalcoop.drill;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.regionalcoop.local.StaffHttp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives whole agreement lifecycles against running instances, as staff and participants' systems would: the
 * proposal and the tasks over REST (each step on the next instance in turn), the participants' votes as
 * CloudEvents over Kafka, terms shortened by the instances' settings so each lifecycle runs to its closure.
 *
 * <p>It is tolerant of the faults the drills cause. A request that fails because an instance is down or its
 * database is away (connection error, HTTP 5xx) is counted and tried again until it succeeds or the patience
 * runs out. A proposal is sent with an Idempotency-Key of its lifecycle, so sending it again when its outcome is
 * unknown never creates a second agreement; a task completion that failed is tried again only while
 * the task is still open; a vote is sent again with the same CloudEvents id, which the inbox deduplicates.
 */
public final class Lifecycles {

    private static final String PASSWORD = "demo";
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);
    private static final String VOTES_TOPIC = "coop.participant-replies.v1";
    /** Tasks staff complete in one lifecycle: two signatures, the review, the grant decision and the evaluation. */
    public static final int TASKS_PER_LIFECYCLE = 5;

    /** Participants whose approval and grants go to one agency each, so every agency's staff work. */
    private record Pair(String first, String second, String agency) {
    }

    private static final List<Pair> PAIRS = List.of(new Pair("SH", "JS", "CN-CCA"), new Pair("HN-CS", "HN-ZZ", "HN-PCA"),
            new Pair("JS-NJ", "JS-SZ", "JS-PCA"));

    /**
     * @param title    the proposals' titles are this followed by the lifecycle's number: unique within a database
     * @param threads  lifecycles driven at the same time
     * @param patience how long one step may wait for its task, its agreement or a failing request
     */
    public record Settings(String title, int threads, Duration patience) {
    }

    /** What the driver saw: lifecycles that did not complete with why, and the requests that failed before a retry. */
    public record Outcome(int lifecycles, int completed, List<String> failures, long connectionErrors, long serverErrors,
                          long failedSends) {

        public long failedRequests() {
            return connectionErrors + serverErrors;
        }
    }

    /** Told after every completed lifecycle. */
    public interface Progress {
        void completed(int done, int total);
    }

    private final List<String> baseUrls;
    private final String bootstrapServers;
    private final Settings settings;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicLong connectionErrors = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong failedSends = new AtomicLong();
    private final ConcurrentSkipListSet<Long> taskCompletions = new ConcurrentSkipListSet<>();

    /**
     * @param baseUrls the instances, by a URL that stays the same when an instance is started again
     */
    public Lifecycles(List<String> baseUrls, String bootstrapServers, Settings settings) {
        this.baseUrls = List.copyOf(baseUrls);
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
    }

    /** Runs the lifecycles to their closure, {@code settings.threads()} at a time, and returns when all ended. */
    public Outcome drive(int lifecycles, Progress progress) throws InterruptedException {
        ExecutorService staff = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.threads(), lifecycles)));
        List<String> failures = new ArrayList<>();
        try (KafkaProducer<String, byte[]> systems = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < lifecycles; n++) {
                int number = n;
                running.add(staff.submit((Callable<Void>) () -> {
                    lifecycle(number, systems);
                    progress.completed(completed.incrementAndGet(), lifecycles);
                    return null;
                }));
            }
            for (int n = 0; n < running.size(); n++) {
                try {
                    running.get(n).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add("lifecycle " + n + ": " + (cause.getMessage() == null ? cause : cause.getMessage()));
                }
            }
        } finally {
            staff.shutdownNow();
        }
        return new Outcome(lifecycles, lifecycles - failures.size(), failures, connectionErrors.get(), serverErrors.get(),
                failedSends.get());
    }

    /** Lifecycles completed so far, for a drill that strikes at a point of the load. */
    public int completed() {
        return completed.get();
    }

    /** Requests to the instances failed so far (connection errors and HTTP 5xx), before their retries. */
    public long failedRequests() {
        return connectionErrors.get() + serverErrors.get();
    }

    /** Tasks completed so far, for a drill that strikes at a point of the load: they advance more evenly than lifecycles. */
    public int tasksCompleted() {
        return taskCompletions.size();
    }

    /** The first moment ({@link System#nanoTime()}) after {@code nanos} at which a task was completed, if any. */
    public Optional<Long> firstTaskCompletedAfter(long nanos) {
        return Optional.ofNullable(taskCompletions.higher(nanos));
    }

    /** One agreement from proposal to closure; each step on the next instance in turn. */
    private void lifecycle(int number, KafkaProducer<String, byte[]> systems) throws Exception {
        Pair pair = PAIRS.get(number % PAIRS.size());
        AtomicInteger step = new AtomicInteger(number);
        String id = propose(number, pair, step);
        String hash = tolerant(() -> (String) ((Map<?, ?>) staff(step, pair.first() + ".coordinator")
                .get("/api/agreements/" + id).get("current")).get("contentHash"), "agreement " + id);
        // An answer for a round still to come is held until it opens, so the systems need not wait.
        for (String participant : List.of(pair.first(), pair.second())) {
            send(systems, vote(id, participant));
        }
        for (String participant : List.of(pair.first(), pair.second())) {
            complete(step, participant + ".leader", "user_sign_agreement", id, Map.of("signedContentHash", hash));
        }
        complete(step, pair.agency() + ".reviewer", "user_review_agreement", id, Map.of("reviewDecision", "approve"));
        complete(step, pair.agency() + ".grant_officer", "user_decide_grant", id, Map.of("grantDecision", "award"));
        complete(step, pair.first() + ".coordinator", "user_evaluate_agreement", id,
                Map.of("evaluation", "run " + number + " done", "closureDecision", "terminate"));
        await(() -> "closed".equals(staff(step, pair.second() + ".coordinator").get("/api/agreements/" + id).get("status"))
                ? Optional.of(true) : Optional.empty(), "agreement " + id + " closed");
    }

    /**
     * Proposes until an answer comes, every attempt with the same Idempotency-Key: an attempt whose answer was lost may
     * have made the agreement, or may still be making it, and the next attempt then answers that agreement.
     */
    private String propose(int number, Pair pair, AtomicInteger step) throws Exception {
        String title = settings.title() + number;
        Map<String, String> key = Map.of("Idempotency-Key",
                "lifecycle-" + UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)));
        long deadline = deadline();
        for (int attempt = 0; ; attempt++) {
            try {
                return (String) staff(step, pair.first() + ".coordinator")
                        .post("/api/agreements", proposal(title, pair), key, 201).get("id");
            } catch (IOException | StaffHttp.Refused e) {
                failed(e);
                pause(attempt, deadline, "proposal " + title, e);
            }
        }
    }

    /** Completes the group's task once: a completion that failed is tried again only while the task is still open. */
    private void complete(AtomicInteger step, String group, String taskKey, String agreementId, Map<String, Object> values)
            throws Exception {
        Map<String, Object> task = await(() -> staff(step, group).tasks(group, taskKey, agreementId).stream().findFirst(),
                taskKey + " for " + group + " on " + agreementId);
        String taskId = (String) task.get("id");
        long deadline = deadline();
        for (int attempt = 0; ; attempt++) {
            try {
                staff(step, group).complete(taskId, values);
                taskCompletions.add(System.nanoTime());
                return;
            } catch (IOException | StaffHttp.Refused e) {
                boolean retryable = !(e instanceof StaffHttp.Refused refused) || refused.serverError();
                if (retryable) {
                    failed(e);
                }
                // An earlier attempt whose answer was lost may have completed it.
                if (!tolerant(() -> staff(step, group).taskOpen(taskId), "task " + taskId)) {
                    taskCompletions.add(System.nanoTime());
                    return;
                }
                if (!retryable) {
                    throw e;
                }
                pause(attempt, deadline, taskKey + " " + taskId + " completed", e);
            }
        }
    }

    /** Sends the record until the broker has it; a record sent twice keeps its CloudEvents id. */
    private void send(KafkaProducer<String, byte[]> systems, ProducerRecord<String, byte[]> record) throws Exception {
        long deadline = deadline();
        for (int attempt = 0; ; attempt++) {
            try {
                systems.send(record).get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException | KafkaException e) {
                failedSends.incrementAndGet();
                pause(attempt, deadline, "vote on " + record.key() + " sent", e);
            }
        }
    }

    private StaffHttp staff(AtomicInteger step, String group) {
        String baseUrl = baseUrls.get(Math.floorMod(step.getAndIncrement(), baseUrls.size()));
        return new StaffHttp(baseUrl, group.toLowerCase(), PASSWORD);
    }

    private static Map<String, Object> proposal(String title, Pair pair) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(VOTES_TOPIC, agreementId,
                data.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:gov:" + participant.toLowerCase(), "ce_type", "org.regionalcoop.consensus.vote-cast.v1",
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    /**
     * The call's answer, trying again while the instance or its database is away; a refusal other than a server
     * error is the answer and ends the lifecycle.
     */
    private <T> T tolerant(Call<T> call, String what) throws Exception {
        long deadline = deadline();
        for (int attempt = 0; ; attempt++) {
            try {
                return call.call();
            } catch (IOException | StaffHttp.Refused e) {
                failed(e);
                pause(attempt, deadline, what, e);
            }
        }
    }

    /** Polls until the lookup finds something, tolerating failures meanwhile; polls less often the longer it waits. */
    private <T> T await(Call<Optional<T>> lookup, String what) throws Exception {
        long deadline = deadline();
        for (int attempt = 0; ; attempt++) {
            Optional<T> found = tolerant(lookup, what);
            if (found.isPresent()) {
                return found.get();
            }
            pause(attempt, deadline, what, null);
        }
    }

    /** Counts a failure the retries will hide; rethrows a refusal that is no server error, since retrying cannot help. */
    private void failed(Exception e) {
        if (e instanceof StaffHttp.Refused refused && !refused.serverError()) {
            throw refused;
        }
        if (e instanceof StaffHttp.Refused) {
            serverErrors.incrementAndGet();
        } else {
            connectionErrors.incrementAndGet();
        }
    }

    private long deadline() {
        return System.nanoTime() + settings.patience().toNanos();
    }

    private static void pause(int attempt, long deadline, String what, Exception last) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("No " + what + " in time" + (last == null ? "" : "; last failure: " + last), last);
        }
        Thread.sleep(Math.min(LONGEST_PAUSE.toMillis(), 250L << Math.min(attempt, 2)));
    }
}
