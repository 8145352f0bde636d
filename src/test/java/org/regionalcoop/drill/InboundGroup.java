package org.regionalcoop.drill;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.regionalcoop.events.TopicCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The platform's inbound consumer group seen from outside, through the broker's admin API: how far it is
 * behind the inbound topics, whether any instance is still a member, and moving it back to the start of
 * every inbound topic, as an operator would to make the platform read everything again.
 */
final class InboundGroup implements AutoCloseable {

    /** {@code platform.events.inbound.group-id}'s default. */
    static final String GROUP_ID = "regional-cooperation-platform";

    private static final long WAIT_SECONDS = 30;

    private final Admin admin;
    private final String groupId;
    private final List<String> topics;

    InboundGroup(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.groupId = GROUP_ID;
        this.topics = inboundTopics();
    }

    /** The inbound topics of {@code kafka/topics.yaml}: the ones participants write and the platform reads. */
    static List<String> inboundTopics() {
        try (InputStream in = InboundGroup.class.getClassLoader().getResourceAsStream(TopicCatalog.LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(TopicCatalog.LOCATION + " is not on the classpath");
            }
            return JsonMapper.builder(new YAMLFactory()).build().readValue(in, TopicCatalog.class).topics().stream()
                    .filter(topic -> "inbound".equals(topic.direction())).map(TopicCatalog.Topic::name).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TopicCatalog.LOCATION, e);
        }
    }

    String groupId() {
        return groupId;
    }

    List<String> topics() {
        return topics;
    }

    /** Records the group has not yet committed as applied or dead-lettered, over every inbound topic. */
    long lag() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(WAIT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> starts = offsets(OffsetSpec.earliest());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : offsets(OffsetSpec.latest()).entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            long from = Math.max(position == null ? 0 : position.offset(), starts.get(end.getKey()));
            lag += Math.max(0, end.getValue() - from);
        }
        return lag;
    }

    /** Records kept on the inbound topics (read-committed): what a group reading from the start goes through. */
    long records() throws Exception {
        Map<TopicPartition, Long> starts = offsets(OffsetSpec.earliest());
        return offsets(OffsetSpec.latest()).entrySet().stream()
                .mapToLong(end -> end.getValue() - starts.get(end.getKey())).sum();
    }

    /** Waits until the group lag is zero; returns how long that took. */
    Duration awaitCaughtUp(Duration patience) throws Exception {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        while (lag() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The inbound consumer group still lags " + lag() + " records after " + patience);
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits until no instance is a member any more: the broker refuses to move a live group's offsets. */
    void awaitNoMembers(Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            if (group.members().isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The inbound consumer group still has " + group.members().size()
                        + " members after " + patience + " (" + group.state() + ")");
            }
            Thread.sleep(250);
        }
    }

    /** Moves the group to offset 0 of every partition of every inbound topic; returns the records it will read again. */
    long resetToStart() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> start = partitions().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> new OffsetAndMetadata(0)));
        admin.alterConsumerGroupOffsets(groupId, start).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
        return records();
    }

    private List<TopicPartition> partitions() throws Exception {
        return admin.describeTopics(topics).allTopicNames().get(WAIT_SECONDS, TimeUnit.SECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions().forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(WAIT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
