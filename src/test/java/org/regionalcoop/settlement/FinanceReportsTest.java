package org.regionalcoop.settlement;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.settlement.SettlementFixture.*;

/**
 * Participants' finance systems report shared benefits and received transfers through Kafka; on the real
 * broker, database and engine they are booked, and a receipt that does not match its transfer is dead-lettered.
 */
@PlatformTest
class FinanceReportsTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Caller ADMIN = new Caller("admin", Set.of("camunda-admin"));

    @Autowired
    SettlementFixture fixture;

    @Autowired
    Settlements settlements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaAdmin kafkaAdmin;

    private KafkaProducer<String, byte[]> financeSystems;

    @BeforeEach
    void connect() {
        financeSystems = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void disconnect() {
        financeSystems.close();
    }

    @Test
    void aBenefitReportIsBookedForItsPeriod() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();

        send(agreement, "settlement.benefit-reported", "urn:gov:hn-zz:finance-bureau", """
                {"agreementId": "%s", "participant": "HN-ZZ", "amount": "300000.00", "periodStart": "2027-01-01",
                 "periodEnd": "2027-12-31", "description": "shared tax of the logistics park"}""".formatted(agreement.id()));

        eventually(() -> benefitRows(agreement) == 1);
        assertThat(jdbc.queryForMap("select participant, amount_fen, reported_by from settlement_benefit where agreement_id = ?",
                agreement.id().value())).containsEntry("participant", "HN-ZZ").containsEntry("amount_fen", 30_000_000L)
                .containsEntry("reported_by", "urn:gov:hn-zz:finance-bureau");
        ProcessInstance instance = fixture.settle(agreement, SettlementProcess.PERIODIC, END_OF_2027);
        assertThat(settlements.get(fixture.settlementOf(instance), ADMIN).transfers())
                .extracting(transfer -> transfer.payer() + "->" + transfer.payee() + " " + transfer.amount())
                .containsExactly("HN-ZZ->HN-CS 100000.20", "HN-ZZ->HN-XT 99999.90");
    }

    @Test
    void eachPayeesTreasuryConfirmsItsTransferAndTheSettlementCompletes() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementProcess.PERIODIC, END_OF_2027);
        fixture.confirm(instance, CS, ZZ, XT);
        SettlementId id = fixture.settlementOf(instance);
        Settlement.Transfer first = settlements.get(id, ADMIN).transfers().get(0);
        Settlement.Transfer second = settlements.get(id, ADMIN).transfers().get(1);

        send(agreement, "settlement.transfer-received", "urn:gov:hn-cs:treasury", receipt(agreement, first.id(), CS, "1.00"));
        send(agreement, "settlement.transfer-received", "urn:gov:hn-cs:treasury", receipt(agreement, first.id(), CS, "500000.00"));
        send(agreement, "settlement.transfer-received", "urn:gov:hn-cs:treasury", receipt(agreement, second.id(), CS, "500000.00"));

        eventually(() -> "completed".equals(settlements.get(id, ADMIN).status()));
        assertThat(settlements.get(id, ADMIN).transfers()).extracting(Settlement.Transfer::confirmedBy)
                .containsOnly("urn:gov:hn-cs:treasury");
        assertThat(fixture.publishedTypes(agreement, "transfer-confirmed")).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from dead_letter where detail like ?", Integer.class,
                "%" + first.id() + " is of 500000.00, not 1.00%")).as("the wrong amount is dead-lettered").isOne();
    }

    private static String receipt(Agreement agreement, UUID transferId, String participant, String amount) {
        return """
                {"agreementId": "%s", "transferId": "%s", "participant": "%s", "amount": "%s"}"""
                .formatted(agreement.id(), transferId, participant, amount);
    }

    private void send(Agreement agreement, String type, String source, String data) {
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(FINANCE_REPORTS, agreement.id().toString())
                .writeBinary(CloudEventBuilder.v1()
                        .withId(UUID.randomUUID().toString())
                        .withSource(URI.create(source))
                        .withType("org.regionalcoop." + type + ".v1")
                        .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .withData(data.getBytes(StandardCharsets.UTF_8))
                        .build());
        try {
            financeSystems.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + FINANCE_REPORTS, e);
        }
    }

    private Integer benefitRows(Agreement agreement) {
        return jdbc.queryForObject("select count(*) from settlement_benefit where agreement_id = ?", Integer.class,
                agreement.id().value());
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not so within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
