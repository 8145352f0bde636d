package org.regionalcoop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox and relay of the running platform, on the shared embedded PostgreSQL and broker. */
@PlatformTest
class OutboxRelayTest {

    private static final String TOPIC = "coop.agreements.v1";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventFlow flow;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void committedEventsArriveAsCloudEventsInSequenceOrderPerAgreement() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publish(new OutboxProbe(first, "a1"));
        publish(new OutboxProbe(second, "b1"), new OutboxProbe(first, "a2"));
        publish(new OutboxProbe(first, "a3"), new OutboxProbe(first, "a4"));
        publish(new OutboxProbe(second, "b2"));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(bootstrapServers, TOPIC, first, 4);
        assertThat(TopicReader.sequences(records)).containsExactly(1, 2, 3, 4);
        assertThat(records).extracting(record -> note(record.value())).containsExactly("a1", "a2", "a3", "a4");
        assertThat(TopicReader.sequences(TopicReader.await(bootstrapServers, TOPIC, second, 2))).containsExactly(1, 2);

        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(record.key()).isEqualTo(first.toString());
        assertThat(Arrays.stream(record.headers().toArray()).map(Header::key).collect(Collectors.toSet()))
                .contains("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time",
                        "ce_sequence", "ce_partitionkey", "content-type");
        assertThat(header(record, "ce_sequence")).isEqualTo("1");
        CloudEvent event = TopicReader.cloudEvent(record);
        assertThat(event.getType()).isEqualTo("org.regionalcoop.outbox.probe.v1");
        assertThat(event.getSource()).isEqualTo(URI.create("urn:regionalcoop:platform"));
        assertThat(event.getSubject()).isEqualTo(first.toString());
        assertThat(event.getExtension("partitionkey")).isEqualTo(first.toString());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getTime().getOffset().getTotalSeconds()).isZero();
        assertThat(UUID.fromString(event.getId())).isNotNull();
        assertThat(objectMapper.readValue(event.getData().toBytes(), OutboxProbe.class))
                .isEqualTo(new OutboxProbe(first, "a1"));
        assertThat(Contracts.validate(OutboxProbe.class, objectMapper.readTree(event.getData().toBytes()))).isEmpty();
    }

    @Test
    void aRolledBackTransactionPublishesNothingAndTakesItsSequenceBack() {
        UUID agreement = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new OutboxProbe(agreement, "rolled back"));
            status.setRollbackOnly();
        });
        publish(new OutboxProbe(agreement, "committed"));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(bootstrapServers, TOPIC, agreement, 1);
        assertThat(records).extracting(record -> note(record.value())).containsExactly("committed");
        assertThat(TopicReader.sequences(records)).containsExactly(1);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        UUID agreement = UUID.randomUUID();
        assertThatThrownBy(() -> events.publishEvent(new OutboxProbe(agreement, "no transaction")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
        assertThat(flow.of(new AgreementId(agreement))).isEmpty();
    }

    @Test
    void publishLagIsExposedAsMetrics() {
        UUID agreement = UUID.randomUUID();
        publish(new OutboxProbe(agreement, "measured"));
        TopicReader.await(bootstrapServers, TOPIC, agreement, 1);

        assertThat(meters.get("platform.outbox.backlog").gauge().value()).isNotNegative();
        assertThat(meters.get("platform.outbox.oldest.age").timeGauge().value()).isNotNegative();
        assertThat(meters.get("platform.outbox.relay.failures").functionCounter().count()).isNotNegative();
        assertThat(prometheus.scrape()).contains("platform_outbox_backlog ", "platform_outbox_oldest_age_seconds ",
                "platform_outbox_relay_failures_total ");
    }

    private void publish(AgreementEvent... published) {
        transactions.executeWithoutResult(status -> Arrays.stream(published).forEach(events::publishEvent));
    }

    private String note(byte[] data) {
        try {
            JsonNode json = objectMapper.readTree(data);
            return json.get("note").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
