package org.regionalcoop.events;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Takes in participants' events from the inbound topics. A record that is rejected, or keeps failing,
 * goes to the dead letters through the container's error handler ({@link DeadLetters}); the offset is
 * committed only after the record was applied, skipped or dead-lettered. Its handling continues the trace the
 * sender put in {@code ce_traceparent}, so what the platform publishes in answer belongs to that trace too.
 */
class InboundListener {

    private final InboundDecoder decoder;
    private final Inbox inbox;
    private final InboundMetrics metrics;
    private final ObservationRegistry observations;

    InboundListener(InboundDecoder decoder, Inbox inbox, InboundMetrics metrics, ObservationRegistry observations) {
        this.decoder = decoder;
        this.inbox = inbox;
        this.metrics = metrics;
        this.observations = observations;
    }

    /**
     * Not {@code idIsGroup}: Spring would make the container's id the group, and the configured group
     * ({@code platform.events.inbound.group-id}), whose lag {@link ConsumerLag} reports, would never commit.
     */
    @KafkaListener(id = "platform-inbound", idIsGroup = false, topics = "#{@inboundTypes.topics()}",
            containerFactory = "inboundListenerContainerFactory")
    void receive(ConsumerRecord<byte[], byte[]> record) {
        EventObservations.inbound(observations, record).observe(() -> apply(record));
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        InboundDecoder.Decoded<?> decoded = decoder.decode(record);
        if (inbox.apply(decoded)) {
            metrics.applied(decoded.type().cloudEventType());
        } else {
            metrics.duplicate(decoded.type().cloudEventType());
        }
    }
}
