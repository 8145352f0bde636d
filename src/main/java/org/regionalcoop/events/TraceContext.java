package org.regionalcoop.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The W3C trace context an event carries as the CloudEvents distributed-tracing extension: {@code traceparent}
 * and, if present, {@code tracestate}; in Kafka binary mode the headers {@code ce_traceparent} and
 * {@code ce_tracestate}. Either may be {@code null}: tracing is off, or the sender sent none.
 */
record TraceContext(String traceparent, String tracestate) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    /** What a tracer wrote into the carrier; other keys it may write (baggage) are not part of the extension. */
    static TraceContext of(Map<String, String> carrier) {
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** Reads the extension from a record's headers, so a trace is continued before the record is decoded. */
    static String fromHeaders(Headers headers, String field) {
        Header header = headers.lastHeader("ce_" + field);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    String field(String name) {
        return switch (name) {
            case TRACEPARENT -> traceparent;
            case TRACESTATE -> tracestate;
            default -> null;
        };
    }
}
