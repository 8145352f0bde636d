package org.regionalcoop.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.RecordedSpans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.RecordedSpans.spanId;
import static org.regionalcoop.RecordedSpans.traceId;

/**
 * A participant's record continues the trace its sender began, even when it cannot apply: the dead-lettering and
 * its log line belong to the sender's trace, so an operator can find one from the other.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class InboundTraceTest {

    private static final String REPLIES = "coop.participant-replies.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RecordedSpans spans;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aDeadLetteredRecordAndItsLogLineCarryTheSendersTrace(CapturedOutput output) throws Exception {
        String sendersContext = RecordedSpans.newTraceparent();
        UUID agreementId = UUID.randomUUID();
        // Jiangsu's system answering for Zhejiang: refused as unauthorized before anything applies.
        send(agreementId, sendersContext, Map.of("agreementId", agreementId.toString(), "round", 1, "participant", "ZJ",
                "answer", "consent"));

        SpanData deadLettering = spans.awaitSpan(traceId(sendersContext), SpanKind.CONSUMER, "dead-letter " + REPLIES);
        assertThat(deadLettering.getParentSpanId()).isEqualTo(spanId(sendersContext));
        SpanData handling = spans.awaitSpan(traceId(sendersContext), SpanKind.CONSUMER, "inbound " + REPLIES);
        assertThat(handling.getParentSpanId()).isEqualTo(spanId(sendersContext));
        assertThat(handling.getStatus().getStatusCode()).hasToString("ERROR");

        String warning = "dead-lettered as unauthorized: source urn:gov:js may not speak for ZJ";
        await().atMost(PlatformTest.PATIENCE).until(() -> output.getOut().contains(warning));
        assertThat(output.getOut().lines().filter(line -> line.contains(warning)))
                .as("the warning's correlation id: the trace and the dead-lettering's span")
                .anyMatch(line -> line.contains(traceId(sendersContext) + "-" + deadLettering.getSpanId()));
    }

    private void send(UUID agreementId, String traceparent, Map<String, Object> vote) throws Exception {
        var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("urn:gov:js"))
                .withType("org.regionalcoop.consensus.vote-cast.v1").withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json").withData(JSON.writeValueAsBytes(vote))
                .withExtension("traceparent", traceparent).build();
        try (KafkaProducer<String, byte[]> participant = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            participant.send(KafkaMessageFactory.createWriter(REPLIES, agreementId.toString()).writeBinary(event))
                    .get(30, TimeUnit.SECONDS);
        }
    }
}
