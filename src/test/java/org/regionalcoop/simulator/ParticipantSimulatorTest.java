package org.regionalcoop.simulator;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator answers ballots through Kafka only, on the real broker, database and engine. The shared
 * context runs no simulator, so this test runs its own, in a consumer group of its own.
 */
@PlatformTest
class ParticipantSimulatorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    SslBundles sslBundles;

    @Test
    void aSimulatedGovernmentAnswersItsBallotThroughEventsWhileTheOthersStaffStillDo() throws InterruptedException {
        SimulatorSettings settings = new SimulatorSettings("simulator-test-" + UUID.randomUUID(), Set.of("JS"),
                Duration.ofMillis(100), Map.of(SimulatorSettings.DEFAULT, Behaviour.CONSENT));
        ParticipantSimulator simulator = new ParticipantSimulator(settings, kafka, sslBundles);
        try {
            simulator.start();

            Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

            eventually(() -> ballot(agreement, "JS").get("answer") != null);
            assertThat(ballot(agreement, "JS")).containsEntry("answer", "CONSENT").containsEntry("path", "EVENT")
                    .containsEntry("answered_by", "urn:gov:js:simulator");
            assertThat(openBallotTasks(agreement, "JS")).as("Jiangsu's coordinators' task is withdrawn").isZero();
            assertThat(ballot(agreement, "SH")).containsEntry("answer", null);
            assertThat(openBallotTasks(agreement, "SH")).as("Shanghai's staff still answer by hand").isOne();
        } finally {
            simulator.stop();
        }
    }

    private Map<String, Object> ballot(Agreement agreement, String participant) {
        return jdbc.queryForMap("select answer, path, answered_by from ballot where agreement_id = ? and round = 1 and participant = ?",
                agreement.id().value(), participant);
    }

    private long openBallotTasks(Agreement agreement, String participant) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_cast_vote").taskCandidateGroup(participant + ".coordinator").count();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not so within " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }
}
