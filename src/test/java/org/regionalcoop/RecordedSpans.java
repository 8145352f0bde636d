package org.regionalcoop;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The spans the platform finished, kept in memory for tests that follow a trace. The shared context begins no
 * sampled trace of its own ({@code management.tracing.sampling.probability=0}), so only the traces a test begins
 * with a sampled {@code traceparent} are kept, and the suite's other requests cost no memory here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedSpans {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Bean
    SpanProcessor recordedSpansProcessor() {
        return SimpleSpanProcessor.create(exporter);
    }

    /** A new, sampled W3C trace context, as a caller that traces its own work would send it. */
    public static String newTraceparent() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    public static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    /** Waits until the trace has a finished span that matches, and returns it. */
    public SpanData awaitSpan(String traceId, String description, Predicate<SpanData> matching) {
        return await("a span of trace " + traceId + ": " + description).atMost(PlatformTest.PATIENCE)
                .until(() -> find(traceId, matching), Optional::isPresent).orElseThrow();
    }

    public SpanData awaitSpan(String traceId, SpanKind kind, String name) {
        return awaitSpan(traceId, kind + " " + name, span -> span.getKind() == kind && span.getName().equals(name));
    }

    public List<SpanData> of(String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private Optional<SpanData> find(String traceId, Predicate<SpanData> matching) {
        return of(traceId).stream().filter(matching).findFirst();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
