package org.regionalcoop.simulator;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.ContributionPaid;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectStarted;
import org.regionalcoop.settlement.internal.SettlementProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
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

    private static final Instant DURING_2027 = Instant.parse("2027-06-01T00:00:00Z");

    @Autowired
    LifecycleDriver driver;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Simulators simulators;

    @Test
    void aSimulatedFinanceSystemThatObjectsSendsTheSettlementToArbitration() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ", "HN-XT");
        ringRoad(agreement);
        SimulatorSettings settings = new SimulatorSettings("simulator-test-" + UUID.randomUUID(), Set.of("HN-ZZ", "HN-XT"),
                Duration.ofMillis(100), Map.of(), Map.of(), Map.of(), Map.of(), Map.of("HN-ZZ", Confirmation.OBJECT));
        ParticipantSimulator simulator = simulators.simulating(settings);
        try {
            simulator.start();

            ProcessInstance settlement = runtime.startProcessInstanceByKey(SettlementProcess.KEY, agreement.id().toString(),
                    Map.of(SettlementProcess.VAR_AGREEMENT_ID.name(), agreement.id().toString(),
                            SettlementProcess.VAR_SETTLEMENT_KIND.name(), SettlementKind.PERIODIC.key(),
                            SettlementProcess.VAR_PERIOD_END.name(), "2028-01-01T00:00:00Z"));

            await().atMost(PATIENCE).until(() -> answers(settlement).size() == 2);
            assertThat(answers(settlement)).extracting(answer -> answer.get("participant"), answer -> answer.get("answer"),
                    answer -> answer.get("answered_by")).containsExactly(
                    tuple("HN-XT", "confirm", "urn:gov:hn-xt:simulator"), tuple("HN-ZZ", "object", "urn:gov:hn-zz:simulator"));
            assertThat(answers(settlement).get(1).get("reason")).isEqualTo(ProposedSettlement.GivenAnswer.REASON);
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

    /** Changsha bears half of a ring road and paid 6 of its 10 million, so Zhuzhou and Xiangtan each owe it 500,000. */
    private void ringRoad(Agreement agreement) {
        ProjectId project = ProjectId.random();
        publish(new ProjectStarted(agreement.id().value(), project, "Ring road", new GovernmentCode("HN-CS"),
                CooperationField.TRANSPORT, Money.of("10000000.00"), Money.ZERO,
                List.of(CostShare.of("HN-CS", "50"), CostShare.of("HN-ZZ", "25"), CostShare.of("HN-XT", "25")), DURING_2027));
        publish(new ContributionPaid(agreement.id().value(), project, new GovernmentCode("HN-CS"), Money.of("6000000.00"),
                DURING_2027));
        publish(new ContributionPaid(agreement.id().value(), project, new GovernmentCode("HN-ZZ"), Money.of("2000000.00"),
                DURING_2027));
        publish(new ContributionPaid(agreement.id().value(), project, new GovernmentCode("HN-XT"), Money.of("2000000.00"),
                DURING_2027));
    }

    /** As the projects module publishes its facts: inside the transaction that records them. */
    private void publish(AgreementEvent event) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<Map<String, Object>> answers(ProcessInstance settlement) {
        return jdbc.queryForList("""
                select answer.participant, answer.answer, answer.reason, answer.answered_by from settlement_answer answer
                join settlement on settlement.id = answer.settlement_id
                where settlement.process_instance_id = ? order by answer.participant""", settlement.getId());
    }

    private List<Task> openTasks(ProcessInstance settlement, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(settlement.getId()).taskDefinitionKey(taskDefinitionKey).list();
    }
}
