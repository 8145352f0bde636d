package org.regionalcoop.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectFixtures;
import org.regionalcoop.projects.ProjectRegistration;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.BenefitReport;
import org.regionalcoop.settlement.SettlementFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.regionalcoop.ParticipantSystems.eventually;
import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * The simulator answers ballots, pays contributions, reports benefits and confirms transfers through Kafka
 * only, on the real broker, database and engine. The shared
 * context runs no simulator, so this test runs its own, in a consumer group of its own.
 */
@PlatformTest
class ParticipantSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    ProjectFixtures projectFixtures;

    @Autowired
    Simulators simulators;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Projects projects;

    @Autowired
    SettlementFixture settlementFixture;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void aSimulatedGovernmentAnswersItsBallotThroughEventsWhileTheOthersStaffStillDo() {
        SimulatorSettings settings = new SimulatorSettings("simulator-test-" + UUID.randomUUID(), Set.of("JS"),
                Duration.ofMillis(100), Map.of(SimulatorSettings.DEFAULT, Behaviour.CONSENT));
        ParticipantSimulator simulator = simulators.simulating(settings);
        try {
            simulator.start();
            double sent = counted("kafka.producer.record.send.total", "client.id", settings.groupId());

            Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

            eventually(() -> ballot(agreement, "JS").answer() != null);
            assertThat(ballot(agreement, "JS"))
                    .isEqualTo(new LifecycleDriver.Ballot(Answer.CONSENT, AnswerPath.EVENT, "urn:gov:js:simulator"));
            // Its Kafka clients are metered as the platform's are: the vote it sent, the partitions it reads. Not the
            // records it consumed: Kafka names the client's and each topic's count alike, and Micrometer keeps only
            // the topic's once any consumer of the JVM has one, binding this consumer's at its next refresh (a minute).
            assertThat(counted("kafka.producer.record.send.total", "client.id", settings.groupId())).isGreaterThan(sent);
            assertThat(meters.find("kafka.consumer.coordinator.assigned.partitions").gauges().stream()
                    .filter(gauge -> String.valueOf(gauge.getId().getTag("client.id")).contains(settings.groupId()))
                    .mapToDouble(Gauge::value).sum()).as("partitions of the three topics it reads").isGreaterThanOrEqualTo(3);
            assertThat(openBallotTasks(agreement, "JS")).as("Jiangsu's coordinators' task is withdrawn").isZero();
            assertThat(ballot(agreement, "SH").answer()).isNull();
            assertThat(openBallotTasks(agreement, "SH")).as("Shanghai's staff still answer by hand").isOne();
        } finally {
            simulator.stop();
        }
    }

    @Test
    void simulatedFinanceSystemsPayOrDefaultAndReportTheirBenefitWhenAProjectStarts() {
        Agreement agreement = approvedAmong("HN-CS", "HN-ZZ", "HN-XT");
        SimulatorSettings settings = new SimulatorSettings("simulator-test-" + UUID.randomUUID(), Set.of("HN-ZZ", "HN-XT"),
                Duration.ofMillis(100), Map.of(), Map.of("HN-XT", Payment.DEFAULT),
                Map.of("HN-ZZ", new BigDecimal("500000.00"), "HN-XT", BigDecimal.ZERO), Map.of());
        ParticipantSimulator simulator = simulators.simulating(settings);
        try {
            simulator.start();

            ProjectSummary project = projects.register(agreement.id(), new ProjectRegistration("Joint ring road",
                    new GovernmentCode("HN-CS"), CooperationField.TRANSPORT, new GovernmentCode("HN-CS"), Money.of("1000.00"),
                    Money.of("400.00"), List.of(CostShare.of("HN-CS", "50"), CostShare.of("HN-ZZ", "30"), CostShare.of("HN-XT", "20")),
                    List.of(new MilestonePlan("Build", LocalDate.of(2028, 6, 30), Money.of("400.00")))),
                    LifecycleDriver.coordinatorOf("HN-CS"));

            eventually(() -> "paid".equals(contributionStatus(project, "HN-ZZ")));
            assertThat(projectFixtures.payments(project.id(), "HN-ZZ")).singleElement()
                    .extracting(ProjectFixtures.Payment::reportedBy).isEqualTo("urn:gov:hn-zz:simulator");
            eventually(() -> settlementFixture.benefitReports(agreement.id()).size() == 1);
            assertThat(settlementFixture.benefitReports(agreement.id())).extracting(report -> report.participant().value(),
                    report -> report.amount().toString(), BenefitReport::reportedBy)
                    .containsExactly(tuple("HN-ZZ", "500000.00", "urn:gov:hn-zz:simulator"));
            assertThat(contributionStatus(project, "HN-XT")).as("Xiangtan's system never pays").isEqualTo("requested");
            assertThat(contributionStatus(project, "HN-CS")).as("Changsha's staff pay by hand").isEqualTo("requested");
        } finally {
            simulator.stop();
        }
    }

    @Test
    void aSimulatedTreasuryConfirmsTheTransferInstructedToItAsPayee() throws Exception {
        SimulatorSettings settings = new SimulatorSettings("simulator-test-" + UUID.randomUUID(), Set.of("HN-ZZ"),
                Duration.ofMillis(100), Map.of());
        ParticipantSimulator simulator = simulators.simulating(settings);
        UUID agreementId = UUID.randomUUID();
        UUID transferId = UUID.randomUUID();
        try (KafkaConsumer<String, byte[]> financeReports = financeReportsFromNow()) {
            simulator.start();

            instruct(agreementId, Map.of("agreementId", agreementId, "settlementId", UUID.randomUUID(), "transferId", transferId,
                    "payer", "HN-CS", "payee", "HN-ZZ", "amount", "350000.00", "instructedAt", "2028-01-16T09:00:00Z"));

            CloudEvent receipt = awaitReceipt(financeReports, agreementId);
            assertThat(receipt.getType()).isEqualTo("org.regionalcoop.settlement.transfer-received.v1");
            assertThat(receipt.getSource()).hasToString("urn:gov:hn-zz:simulator");
            assertThat(JSON.readTree(receipt.getData().toBytes())).isEqualTo(JSON.valueToTree(Map.of(
                    "agreementId", agreementId.toString(), "transferId", transferId.toString(), "participant", "HN-ZZ",
                    "amount", "350000.00")));
        } finally {
            simulator.stop();
        }
    }

    private Agreement approvedAmong(String... participants) {
        Agreement agreement = driver.approve(driver.propose(AgreementType.FRAMEWORK, "10000000.00", participants),
                "HN-PCA.reviewer");
        driver.awardGrants(agreement);
        return agreement;
    }

    private String contributionStatus(ProjectSummary project, String participant) {
        return projects.get(project.id(), LifecycleDriver.ADMINISTRATOR).contributions().stream()
                .filter(contribution -> contribution.participant().value().equals(participant))
                .map(contribution -> contribution.status().key()).findFirst().orElseThrow();
    }

    /** The platform's announcement of a transfer, as its relay writes it to coop.settlements.v1. */
    private void instruct(UUID agreementId, Map<String, Object> data) throws Exception {
        try (KafkaProducer<String, byte[]> platform = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                    .withSource(URI.create("urn:regionalcoop:platform"))
                    .withType("org.regionalcoop.settlement.transfer-instructed.v1").withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataContentType("application/json").withData(JSON.writeValueAsBytes(data)).build();
            platform.send(KafkaMessageFactory.createWriter("coop.settlements.v1", agreementId.toString()).writeBinary(event))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private KafkaConsumer<String, byte[]> financeReportsFromNow() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("coop.finance-reports.v1", PATIENCE).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static CloudEvent awaitReceipt(KafkaConsumer<String, byte[]> consumer, UUID agreementId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (var record : consumer.poll(Duration.ofMillis(100))) {
                if (agreementId.toString().equals(record.key())) {
                    return KafkaMessageFactory.createReader(record).toEvent();
                }
            }
        }
        throw new AssertionError("No receipt for agreement " + agreementId + " within " + PATIENCE);
    }

    private Object bootstrapServers() {
        return kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    private LifecycleDriver.Ballot ballot(Agreement agreement, String participant) {
        return driver.ballot(new BallotKey(agreement.id(), 1, new GovernmentCode(participant)));
    }

    private long openBallotTasks(Agreement agreement, String participant) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_cast_vote").taskCandidateGroup(participant + ".coordinator").count();
    }

    /** The sum of the meter's counters whose tag contains the text. */
    private double counted(String meter, String tag, String containing) {
        return meters.find(meter).functionCounters().stream()
                .filter(counter -> String.valueOf(counter.getId().getTag(tag)).contains(containing))
                .mapToDouble(FunctionCounter::count).sum();
    }
}
