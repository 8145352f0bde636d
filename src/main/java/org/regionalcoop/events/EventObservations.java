package org.regionalcoop.events;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import java.util.Map;

/**
 * The observations (a span each, and a timer) that let one trace follow an agreement: the outbox write takes the
 * trace of the request or command that made the change, the relay's send continues the trace stored with the
 * event, and an inbound record continues the trace its sender put in {@code ce_traceparent}. Key names follow
 * OpenTelemetry's messaging and CloudEvents conventions; only the topic becomes a metric tag.
 */
final class EventObservations {

    private static final String TOPIC = "messaging.destination.name";
    private static final String EVENT_ID = "cloudevents.event_id";
    private static final String EVENT_TYPE = "cloudevents.event_type";
    private static final String SUBJECT = "cloudevents.event_subject";

    private EventObservations() {
    }

    /** Started, the tracer has written the write's own trace context into {@code carrier}. */
    static Observation outboxWrite(ObservationRegistry registry, Map<String, String> carrier, String topic, String type) {
        SenderContext<Map<String, String>> context = new SenderContext<>(Map::put);
        context.setCarrier(carrier);
        context.setRemoteServiceName("outbox");
        return Observation.createNotStarted("platform.outbox.write", () -> context, registry)
                .contextualName("outbox write")
                .lowCardinalityKeyValue(TOPIC, topic)
                .highCardinalityKeyValue(EVENT_TYPE, type);
    }

    static Observation relaySend(ObservationRegistry registry, OutboxRecord record) {
        ReceiverContext<TraceContext> context = new ReceiverContext<>(TraceContext::field, Kind.PRODUCER);
        context.setCarrier(record.trace());
        context.setRemoteServiceName("kafka");
        return Observation.createNotStarted("platform.outbox.relay", () -> context, registry)
                .contextualName("relay " + record.topic())
                .lowCardinalityKeyValue(TOPIC, record.topic())
                .highCardinalityKeyValue(EVENT_ID, record.id().toString())
                .highCardinalityKeyValue(EVENT_TYPE, record.type())
                .highCardinalityKeyValue(SUBJECT, record.agreementId().toString());
    }

    static Observation inbound(ObservationRegistry registry, ConsumerRecord<?, ?> record) {
        return Observation.createNotStarted("platform.inbound", () -> receiving(record), registry)
                .contextualName("inbound " + record.topic())
                .lowCardinalityKeyValue(TOPIC, record.topic());
    }

    /** Its log line carries the sender's trace, so an operator finds the participant's trace from the dead letter. */
    static Observation deadLetter(ObservationRegistry registry, ConsumerRecord<?, ?> record, DeadLetterReason reason) {
        return Observation.createNotStarted("platform.inbound.dead.letter", () -> receiving(record), registry)
                .contextualName("dead-letter " + record.topic())
                .lowCardinalityKeyValue(TOPIC, record.topic())
                .lowCardinalityKeyValue("reason", reason.code());
    }

    private static ReceiverContext<Headers> receiving(ConsumerRecord<?, ?> record) {
        ReceiverContext<Headers> context = new ReceiverContext<>(TraceContext::fromHeaders);
        context.setCarrier(record.headers());
        context.setRemoteServiceName("kafka");
        return context;
    }
}
