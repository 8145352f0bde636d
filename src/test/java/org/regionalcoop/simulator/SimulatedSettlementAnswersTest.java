package org.regionalcoop.simulator;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.settlement.Settlements;
import org.regionalcoop.settlement.internal.SettlementProcess;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * The simulated finance systems answer a proposed settlement through Kafka only, on the real broker, database
 * and engine: one that objects sends the settlement to the approving agency's arbitrator once every
 * participant answered, as its finance officers' objection would.
 */
@PlatformTest
class SimulatedSettlementAnswersTest {

    @Autowired
    SettlementFixture fixture;

    @Autowired
    Settlements settlements;

    @Autowired
    TaskService tasks;

    @Autowired
    Simulators simulators;

    @Test
    void aSimulatedFinanceSystemThatObjectsSendsTheSettlementToArbitration() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        SimulatorSettings settings = new SimulatorSettings("simulator-test-" + UUID.randomUUID(), Set.of("HN-ZZ", "HN-XT"),
                Duration.ofMillis(100), Map.of(), Map.of(), Map.of(), Map.of(), Map.of("HN-ZZ", Confirmation.OBJECT));
        ParticipantSimulator simulator = simulators.simulating(settings);
        try {
            simulator.start();

            ProcessInstance settlement = fixture.settle(agreement, SettlementKind.PERIODIC, SettlementFixture.END_OF_2027);
            SettlementId id = fixture.settlementOf(settlement);

            await().atMost(PATIENCE).until(() -> answers(id).size() == 2);
            assertThat(answers(id)).extracting(Settlement.Answer::participant, answer -> answer.answer().key(),
                    Settlement.Answer::answeredBy).containsExactly(
                    tuple("HN-XT", "confirm", "urn:gov:hn-xt:simulator"), tuple("HN-ZZ", "object", "urn:gov:hn-zz:simulator"));
            assertThat(answers(id).get(1).reason()).isEqualTo(ProposedSettlement.GivenAnswer.REASON);
            List<Task> open = openTasks(settlement, SettlementProcess.USER_CONFIRM_SETTLEMENT);
            assertThat(open).as("Changsha's staff still answer by hand").singleElement()
                    .satisfies(task -> assertThat(tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                            .isEqualTo("HN-CS.finance_officer"));

            tasks.complete(open.get(0).getId(), Map.of(SettlementProcess.VAR_ANSWER.name(), "confirm"));

            assertThat(openTasks(settlement, SettlementProcess.USER_ARBITRATE_SETTLEMENT)).singleElement()
                    .satisfies(task -> assertThat(tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                            .isEqualTo("HN-PCA.arbitrator"));
        } finally {
            simulator.stop();
        }
    }

    private List<Settlement.Answer> answers(SettlementId id) {
        return settlements.get(id, LifecycleDriver.ADMINISTRATOR).answers();
    }

    private List<Task> openTasks(ProcessInstance settlement, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(settlement.getId()).taskDefinitionKey(taskDefinitionKey).list();
    }
}
