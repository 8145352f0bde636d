package org.regionalcoop.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.local.BrokerOutage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes away in the middle of a lifecycle while staff go on working: every change commits, its
 * events wait in the outbox, and when the broker returns they are published once each, in order.
 */
@PlatformTest
class BrokerOutageTest {

    private static final String AGREEMENTS = "coop.agreements.v1";

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    EventFlow flow;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    @SuppressWarnings("unchecked")
    void aLifecycleGoesOnWhileTheBrokerIsDownAndItsEventsArriveOnceInOrderWhenItReturns() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String bootstrapServers = String.join(",", (List<String>) kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        int beforeOutage = outboxCount(agreement);
        TopicReader.await(bootstrapServers, AGREEMENTS, agreement.id(), beforeOutage);

        BrokerOutage.during(() -> {
            driver.reachConsensus(agreement);
            driver.complete(agreement, "user_review_agreement", "CN-CCA.reviewer", Map.of("reviewDecision", "approve"));
            assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.APPROVED);
            assertThat(unpublished(agreement)).as("the outage's events wait in the outbox").isPositive();
        });

        List<ConsumerRecord<String, byte[]>> published = TopicReader.await(bootstrapServers, AGREEMENTS, agreement.id(),
                outboxCount(agreement));
        assertThat(published).extracting(record -> TopicReader.cloudEvent(record).getType() + " " + TopicReader.sequences(List.of(record)))
                .as("each event once, in order").containsExactlyElementsOf(flow.of(agreement.id()).stream()
                        .filter(event -> event.topic().equals(AGREEMENTS))
                        .map(event -> event.type() + " [" + event.sequence() + "]").toList());
        assertThat(flow.of(agreement.id())).extracting(EventFlow.Announced::sequence)
                .as("numbered without gaps across the agreement's topics")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, flow.of(agreement.id()).size()).boxed().toList());
        assertThat(unpublished(agreement)).isZero();
    }

    /** The agreement's events on the agreements topic. */
    private int outboxCount(Agreement agreement) {
        return (int) flow.of(agreement.id()).stream().filter(event -> event.topic().equals(AGREEMENTS)).count();
    }

    private long unpublished(Agreement agreement) {
        return flow.of(agreement.id()).stream().filter(event -> event.publishedAt() == null).count();
    }
}
