package org.regionalcoop.simulator;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.RecordedSpans;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.PlatformTest.PATIENCE;
import static org.regionalcoop.RecordedSpans.spanId;
import static org.regionalcoop.RecordedSpans.traceId;

/**
 * One trace follows an agreement from the proposal a member of staff sends, through the event the platform
 * publishes and a participant's system (the simulator, playing Jiangsu) answering it, to the platform's handling
 * of that answer and the event it publishes in turn: the W3C trace context travels as the CloudEvents
 * distributed-tracing extension ({@code ce_traceparent}), stored with the outbox row in between.
 */
@PlatformTest
class AgreementTraceTest {

    private static final String AGREEMENTS = "coop.agreements.v1";
    private static final String REPLIES = "coop.participant-replies.v1";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    RecordedSpans spans;

    @Autowired
    Simulators simulators;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Agreements agreements;

    @Test
    void oneTraceFollowsAProposalToTheParticipantsRepliesAndBack() {
        ParticipantSimulator jiangsu = simulators.simulating(new SimulatorSettings("trace-test-" + UUID.randomUUID(),
                Set.of("JS"), Duration.ofMillis(100), Map.of(SimulatorSettings.DEFAULT, Behaviour.CONSENT)));
        try {
            jiangsu.start();
            String callersContext = RecordedSpans.newTraceparent();
            String trace = traceId(callersContext);

            String agreementId = propose(callersContext);

            SpanData request = spans.awaitSpan(trace, "the request's server span",
                    span -> span.getKind() == SpanKind.SERVER && span.getParentSpanId().equals(spanId(callersContext)));
            assertThat(request.getName()).isEqualTo("http post /api/agreements");
            String roundOpened = traceparent(awaitEvent(AGREEMENTS, agreementId, "consensus.round-opened"));
            assertThat(traceId(roundOpened)).as("the published event's trace").isEqualTo(request.getTraceId());
            SpanData write = spans.awaitSpan(trace, "the event's write",
                    span -> span.getSpanId().equals(spanId(roundOpened)));
            assertThat(write.getName()).isEqualTo("outbox write");
            assertThat(ancestors(write, trace)).as("the write happened within the request").contains(request.getSpanId());
            spans.awaitSpan(trace, "the relay's send of it", span -> span.getKind() == SpanKind.PRODUCER
                    && span.getName().equals("relay " + AGREEMENTS) && span.getParentSpanId().equals(write.getSpanId()));

            String reply = traceparent(awaitEvent(REPLIES, agreementId, "consensus.vote-cast"));
            assertThat(traceId(reply)).as("Jiangsu's reply continues the trace").isEqualTo(trace);
            SpanData inbound = spans.awaitSpan(trace, "the platform's handling of the reply",
                    span -> span.getKind() == SpanKind.CONSUMER && span.getParentSpanId().equals(spanId(reply)));
            assertThat(inbound.getName()).isEqualTo("inbound " + REPLIES);

            String voteRecorded = traceparent(awaitEvent(AGREEMENTS, agreementId, "consensus.vote-recorded"));
            assertThat(traceId(voteRecorded)).as("what the platform publishes in answer").isEqualTo(trace);
            SpanData answerWrite = spans.awaitSpan(trace, "the answer's write",
                    span -> span.getSpanId().equals(spanId(voteRecorded)));
            assertThat(ancestors(answerWrite, trace)).as("written while the reply was applied").contains(inbound.getSpanId());
        } finally {
            jiangsu.stop();
        }
    }

    @Test
    void aTimerOfAnAgreementContinuesTheTraceOfItsLatestEventAndPublishesInIt() {
        String callersContext = RecordedSpans.newTraceparent();
        String trace = traceId(callersContext);
        UUID agreementId = UUID.fromString(propose(callersContext));

        driver.fireTimer(agreements.current(new AgreementId(agreementId)), "timer_round_reminder");

        Map<String, Object> reminder = jdbc.queryForMap("select sequence, traceparent from event_outbox where agreement_id = ? "
                + "and type = 'org.regionalcoop.consensus.reminders-sent.v1'", agreementId);
        String latestBefore = jdbc.queryForObject("select traceparent from event_outbox where agreement_id = ? and sequence = ?",
                String.class, agreementId, (Integer) reminder.get("sequence") - 1);
        assertThat(traceId(latestBefore)).as("the agreement's latest event before the timer").isEqualTo(trace);
        SpanData job = spans.awaitSpan(trace, "the timer's job run, a child of that event's write",
                span -> span.getName().equals("engine job") && span.getParentSpanId().equals(spanId(latestBefore)));
        String reminded = (String) reminder.get("traceparent");
        assertThat(traceId(reminded)).as("what the timer published").isEqualTo(trace);
        SpanData write = spans.awaitSpan(trace, "the reminder's write", span -> span.getSpanId().equals(spanId(reminded)));
        assertThat(ancestors(write, trace)).as("written while the job ran").contains(job.getSpanId());
    }

    private String propose(String traceparent) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("traceparent", traceparent);
        Map<String, Object> proposal = Map.of("initiator", "SH",
                "content", LifecycleDriver.content(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS"));
        ResponseEntity<Map> created = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .exchange("/api/agreements", HttpMethod.POST, new HttpEntity<>(proposal, headers), Map.class);
        assertThat(created.getStatusCode()).as("proposed: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String location = created.getHeaders().getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The span ids from the span up to the root of its trace, as recorded. */
    private List<String> ancestors(SpanData span, String trace) {
        List<SpanData> recorded = spans.of(trace);
        List<String> ancestors = new ArrayList<>();
        for (String parent = span.getParentSpanId(); parent != null; ) {
            ancestors.add(parent);
            String current = parent;
            parent = recorded.stream().filter(candidate -> candidate.getSpanId().equals(current))
                    .map(SpanData::getParentSpanId).findFirst().orElse(null);
        }
        return ancestors;
    }

    /** Reads the topic from its beginning until the agreement's event of that type (org.regionalcoop.<type>.v1). */
    private ConsumerRecord<String, byte[]> awaitEvent(String topic, String agreementId, String type) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (agreementId.equals(record.key())
                            && ("org.regionalcoop." + type + ".v1").equals(header(record, "ce_type"))) {
                        return record;
                    }
                }
            }
            throw new AssertionError("No " + type + " for agreement " + agreementId + " on " + topic + " within " + PATIENCE);
        }
    }

    private static String traceparent(ConsumerRecord<String, byte[]> record) {
        String traceparent = header(record, "ce_traceparent");
        assertThat(traceparent).as("ce_traceparent of %s", header(record, "ce_type"))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        return traceparent;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
