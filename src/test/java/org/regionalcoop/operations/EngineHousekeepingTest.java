package org.regionalcoop.operations;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The engine cleans its history up on schedule, and a crashed instance's jobs are taken over within a minute. */
@PlatformTest
class EngineHousekeepingTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    HistoryService history;

    @Autowired
    DecisionService decisions;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Test
    void historyIsCleanedUpInANightlyWindowByRemovalTime() {
        ProcessEngineConfigurationImpl configuration = configuration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    }

    @Test
    void aCleanUpPurgesWhatOutlivedItsTimeToLiveAndKeepsTheRest() {
        String kept = evaluateTheConsensusRule();
        String expired = evaluateTheConsensusRule();
        HistoricDecisionInstance evaluated = decision(kept);
        // The decision's camunda:historyTimeToLive (P3650D) from the moment it was made.
        assertThat(evaluated.getRemovalTime().toInstant())
                .isEqualTo(evaluated.getEvaluationTime().toInstant().plus(3650, ChronoUnit.DAYS));

        // As if its ten years were over.
        Date past = Date.from(evaluated.getEvaluationTime().toInstant().minus(1, ChronoUnit.DAYS));
        history.setRemovalTimeToHistoricDecisionInstances().absoluteRemovalTime(past).byIds(expired).executeAsync();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> decision(expired).getRemovalTime().before(evaluated.getEvaluationTime()));

        history.cleanUpHistoryAsync(true);
        await().atMost(Duration.ofSeconds(60)).until(() -> decision(expired) == null);
        assertThat(decision(kept)).as("still within its time to live").isNotNull();
    }

    @Test
    void aCleanUpPurgesTheHistoryOfAProcessWhoseTimeToLiveRanOutFromItsEnd() {
        // A time to live of zero days: removal time is the end, so the next clean-up is due to purge it.
        repository.createDeployment().addModelInstance("housekeeping_short_lived.bpmn", Bpmn
                .createExecutableProcess("housekeeping_short_lived").camundaHistoryTimeToLive(0)
                .startEvent().endEvent().done()).deploy();
        String ended = runtime.startProcessInstanceByKey("housekeeping_short_lived").getId();
        HistoricProcessInstance instance = processInstance(ended);
        assertThat(instance.getRemovalTime()).isEqualTo(instance.getEndTime());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended).count()).isPositive();

        history.cleanUpHistoryAsync(true);
        await().atMost(Duration.ofSeconds(60)).until(() -> processInstance(ended) == null);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended).count())
                .as("its steps go with it").isZero();
    }

    @Test
    void aCrashedInstancesJobsAreFreeAgainWithinAMinute() {
        JobExecutor executor = configuration().getJobExecutor();
        // A job locked by an instance that died is acquired once its lock expires, by an executor that looks for
        // jobs at least every maxWait, so within their sum; the jobs themselves take milliseconds.
        assertThat(Duration.ofMillis(executor.getLockTimeInMillis()).plusMillis(executor.getMaxWait()))
                .isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.ofMillis(executor.getLockTimeInMillis())).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    }

    private String evaluateTheConsensusRule() {
        decisions.evaluateDecisionTableByKey("consensus_rule", Variables.createVariables()
                .putValue("agreementType", "framework").putValue("amendments", 0).putValue("roundsLeft", true)
                .putValue("unanimous", true).putValue("consents", 2).putValue("consentShare", 1.0));
        return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("consensus_rule")
                .orderByEvaluationTime().desc().listPage(0, 1).get(0).getId();
    }

    private HistoricProcessInstance processInstance(String id) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private HistoricDecisionInstance decision(String id) {
        return history.createHistoricDecisionInstanceQuery().decisionInstanceId(id).singleResult();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
