package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * Every user task's lifecycle reaches {@code coop.tasks.v1} on the real broker, keyed by its agreement, in
 * the order it happened: created, assigned, completed, or withdrawn when a participant's system answered.
 */
@PlatformTest
class TaskEventsTest {

    private static final String TASKS = "coop.tasks.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void aTaskWorkedByStaffIsCreatedAssignedAndCompletedInThatOrder() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        Task ballot = ballotOf(agreement, "SH");
        TestRestTemplate shanghai = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD);

        assertThat(shanghai.postForEntity("/api/tasks/{id}/claim", null, String.class, ballot.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(shanghai.postForEntity("/api/tasks/{id}/complete", Map.of("answer", "consent"), String.class,
                ballot.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<TaskEvent> events = awaitEvents(agreement, ballot.getId(), 3);
        assertThat(events).extracting(TaskEvent::type)
                .containsExactly("task.created", "task.assigned", "task.completed");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.data().get("agreementId").asText()).isEqualTo(agreement.id().toString());
            assertThat(event.data().get("taskDefinitionKey").asText()).isEqualTo("user_cast_vote");
            assertThat(event.data().get("processKey").asText()).isEqualTo("agreement_ballot");
            assertThat(event.data().get("name").asText()).isEqualTo(ballot.getName());
            assertThat(event.data().get("candidateGroups")).extracting(JsonNode::asText).containsExactly("SH.coordinator");
            assertThat(event.data().get("dueAt").asText()).isNotBlank();
        });
        assertThat(events.get(0).data().get("assignee").isNull()).as("waits in the group's list").isTrue();
        assertThat(events.get(1).data().get("assignee").asText()).isEqualTo("sh.coordinator");
        assertThat(events.get(1).data().get("by").asText()).as("who claimed it").isEqualTo("sh.coordinator");
        assertThat(events.get(2).data().get("by").asText()).isEqualTo("sh.coordinator");
        assertThat(events).extracting(TaskEvent::sequence).as("numbered with the agreement's other events").isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aTaskAnsweredThroughTheParticipantsSystemIsWithdrawn() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        Task ballot = ballotOf(agreement, "JS");

        sendVote(agreement, "JS");

        List<TaskEvent> events = awaitEvents(agreement, ballot.getId(), 2);
        assertThat(events).extracting(TaskEvent::type).containsExactly("task.created", "task.withdrawn");
        assertThat(events.get(1).data().get("candidateGroups")).extracting(JsonNode::asText).containsExactly("JS.coordinator");
        assertThat(events.get(1).data().get("by").isNull()).as("no member of staff acted").isTrue();
    }

    @Test
    void tasksOfProcessesWithoutAnAgreementAreNotAnnounced() {
        String businessKey = "not-an-agreement";
        var instance = runtime.startProcessInstanceByKey("agreement_ballot", businessKey,
                Map.of("agreementId", UUID.randomUUID().toString(), "participant", "SH", "round", 1,
                        "roundDue", Date.from(Instant.now().plus(Duration.ofDays(14)))));
        try {
            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from event_outbox where topic = ? and data->>'processInstanceId' = ?",
                    Long.class, TASKS, instance.getId())).isZero();
        } finally {
            runtime.deleteProcessInstance(instance.getId(), "test over");
        }
    }

    private Task ballotOf(Agreement agreement, String participant) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_cast_vote").taskCandidateGroup(participant + ".coordinator").list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private record TaskEvent(String type, long sequence, JsonNode data) {
    }

    /** Reads the agreement's records on the tasks topic from the beginning, as a downstream system would. */
    private List<TaskEvent> awaitEvents(Agreement agreement, String taskId, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TASKS, PATIENCE).stream()
                    .map(info -> new TopicPartition(TASKS, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<TaskEvent> found = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (agreement.id().toString().equals(record.key())) {
                        TaskEvent event = event(KafkaMessageFactory.createReader(record).toEvent());
                        if (taskId.equals(event.data().get("taskId").asText())) {
                            found.add(event);
                        }
                    }
                });
            }
            assertThat(found).as("events of task %s", taskId).hasSize(expected);
            return found;
        }
    }

    private static TaskEvent event(CloudEvent event) {
        String type = event.getType().substring("org.regionalcoop.".length(), event.getType().lastIndexOf(".v"));
        try {
            return new TaskEvent(type, Long.parseLong(String.valueOf(event.getExtension("sequence"))),
                    JSON.readTree(event.getData().toBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sendVote(Agreement agreement, String participant) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            CloudEvent vote = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                    .withSource(URI.create("urn:gov:" + participant.toLowerCase() + ":cooperation-office"))
                    .withType("org.regionalcoop.consensus.vote-cast.v1").withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(JSON.writeValueAsBytes(Map.of("agreementId", agreement.id().toString(), "round", 1,
                            "participant", participant, "answer", "consent")))
                    .build();
            producer.send(KafkaMessageFactory.createWriter("coop.participant-replies.v1", agreement.id().toString())
                    .writeBinary(vote)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send the vote", e);
        }
    }

    private Object bootstrapServers() {
        return kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
    }
}
