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
import org.springframework.jdbc.core.JdbcTemplate;
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
    JdbcTemplate jdbc;

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
                .as("each event once, in order").containsExactlyElementsOf(jdbc.queryForList("""
                        select type || ' [' || sequence || ']' from event_outbox where agreement_id = ? and topic = ? order by sequence""",
                        String.class, agreement.id().value(), AGREEMENTS));
        assertThat(jdbc.queryForList("select sequence from event_outbox where agreement_id = ? order by sequence", Integer.class,
                agreement.id().value())).as("numbered without gaps across the agreement's topics")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, outboxCount(agreement, null)).boxed().toList());
        assertThat(unpublished(agreement)).isZero();
    }

    private int outboxCount(Agreement agreement) {
        return outboxCount(agreement, AGREEMENTS);
    }

    /** The agreement's events on the topic, or on every topic when it is null. */
    private int outboxCount(Agreement agreement, String topic) {
        return jdbc.queryForObject("select count(*) from event_outbox where agreement_id = ? and topic = coalesce(?, topic)",
                Integer.class, agreement.id().value(), topic);
    }

    private int unpublished(Agreement agreement) {
        return jdbc.queryForObject("select count(*) from event_outbox where agreement_id = ? and published_at is null",
                Integer.class, agreement.id().value());
    }
}
