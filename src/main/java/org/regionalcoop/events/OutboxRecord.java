package org.regionalcoop.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event in the outbox: a CloudEvent whose attributes were fixed in the transaction that wrote it, the trace
 * context of that transaction included.
 */
record OutboxRecord(UUID id, UUID agreementId, int sequence, String topic, String type, URI source,
                    OffsetDateTime time, String data, TraceContext trace) {

    static final String JSON = "application/json";

    CloudEvent toCloudEvent() {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type)
                .withSubject(agreementId.toString())
                .withTime(time)
                .withDataContentType(JSON)
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .withExtension("sequence", sequence)
                .withExtension("partitionkey", agreementId.toString());
        if (trace.traceparent() != null) {
            event.withExtension(TraceContext.TRACEPARENT, trace.traceparent());
        }
        if (trace.tracestate() != null) {
            event.withExtension(TraceContext.TRACESTATE, trace.tracestate());
        }
        return event.build();
    }
}
