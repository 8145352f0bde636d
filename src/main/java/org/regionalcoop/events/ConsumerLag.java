package org.regionalcoop.events;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far the platform's inbound consumer group is behind each inbound topic: the records participants
 * wrote (end offsets, read-committed) that the group has not yet committed as applied or dead-lettered.
 * Measured through the broker's admin API on one background thread and kept for a short while, so a slow
 * or absent broker delays no caller by more than the configured timeout: it then gets the last figures.
 */
public class ConsumerLag implements AutoCloseable {

    /**
     * @param byTopic    records not yet taken in, per inbound topic; empty until first measured
     * @param measuredAt when the broker gave these figures; null if it never answered
     * @param problem    why the latest measurement failed, or null when it succeeded
     */
    @Schema(name = "ConsumerLag", description = "Records not yet taken in per inbound topic, when measured, and the problem if the broker did not answer")
    public record Figures(@Schema(description = "per inbound topic, the records participants wrote that the platform has "
                                  + "not yet applied or dead-lettered; empty until first measured") Map<String, Long> byTopic,
                          @Schema(description = "when the broker gave these figures, UTC; null if it never answered")
                          @Nullable Instant measuredAt,
                          @Schema(description = "why the latest measurement failed, the figures then being the previous "
                                  + "ones; null when it succeeded") @Nullable String problem) {

        /** Measured, and nothing waits on any topic: a chart of zeros would say less than a sentence. */
        public boolean caughtUp() {
            return !byTopic.isEmpty() && byTopic.values().stream().allMatch(records -> records == 0);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Admin admin;
    private final String groupId;
    private final List<String> topics;
    private final EventsProperties.InboundSettings.Lag settings;
    private final Clock clock;
    private final ExecutorService measurer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "consumer-lag");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Figures latest = new Figures(Map.of(), null, null);
    private CompletableFuture<Figures> measuring;

    ConsumerLag(Admin admin, String groupId, String[] topics, EventsProperties.InboundSettings.Lag settings, Clock clock) {
        this.admin = admin;
        this.groupId = groupId;
        this.topics = Arrays.asList(topics);
        this.settings = settings;
        this.clock = clock;
    }

    /** The inbound topics the platform's consumer group reads. */
    public List<String> topics() {
        return topics;
    }

    /** The latest figures, measured again first if they are older than the configured freshness. */
    public Figures now() {
        CompletableFuture<Figures> pending;
        synchronized (this) {
            Figures current = latest;
            if (current.measuredAt() != null && current.problem() == null
                    && current.measuredAt().plus(settings.freshFor()).isAfter(clock.instant())) {
                return current;
            }
            if (measuring == null || measuring.isDone()) {
                measuring = CompletableFuture.supplyAsync(this::measureOrKeepLatest, measurer);
            }
            pending = measuring;
        }
        try {
            return pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return latest;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return latest;
        } catch (ExecutionException e) {
            return latest;
        }
    }

    private Figures measureOrKeepLatest() {
        try {
            latest = new Figures(measure(), clock.instant(), null);
        } catch (Exception e) {
            log.debug("Consumer lag not measured", e);
            Figures previous = latest;
            latest = new Figures(previous.byTopic(), previous.measuredAt(), "broker did not answer: " + e);
        }
        return latest;
    }

    private Map<String, Long> measure() throws Exception {
        long waitMillis = settings.timeout().toMillis();
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(waitMillis, TimeUnit.MILLISECONDS)
                .values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(waitMillis, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest(), waitMillis);
        // Where the group never committed it starts from the earliest record (auto-offset-reset: earliest).
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest(), waitMillis);
        Map<String, Long> lag = new TreeMap<>(topics.stream().collect(Collectors.toMap(Function.identity(), topic -> 0L)));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata position = committed.get(partition);
            long from = Math.max(position == null ? 0 : position.offset(), starts.get(partition));
            lag.merge(partition.topic(), Math.max(0, ends.get(partition) - from), Long::sum);
        }
        return lag;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec, long waitMillis)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(waitMillis, TimeUnit.MILLISECONDS);
        return answer.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void close() {
        measurer.shutdownNow();
        admin.close(Duration.ofSeconds(1));
    }
}
