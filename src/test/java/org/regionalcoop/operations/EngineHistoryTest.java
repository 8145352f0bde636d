package org.regionalcoop.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine records the history Cockpit, the administrators' views, the task API and the drills read, and not
 * the history of every variable change; it sends its statements in batches, a batch of inserts as one statement;
 * its FEEL engine parses an expression once ({@link ParsedFeelExpressionsTest}).
 */
@PlatformTest
class EngineHistoryTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineHistory plugin;

    @Test
    void theEngineRunsAtTheCooperationLevelWithBatchedStatements() {
        ProcessEngineConfigurationImpl configuration = configuration();
        assertThat(configuration.getHistoryLevel()).isEqualTo(EngineHistory.LEVEL);
        assertThat(configuration.isJdbcBatchProcessing()).isTrue();
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo(Integer.toString(EngineHistory.ID));
    }

    @Test
    void theDecisionTablesAndFormsFeelEngineKeepsWhatItParsed() {
        assertThat(configuration().getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedFeelExpressions.Engine.class);
    }

    @Test
    void aBatchOfInsertsReachesTheDatabaseAsOneStatement() {
        int[] counts = jdbc.execute((ConnectionCallback<int[]>) connection -> {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create temporary table batch_probe (n int)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into batch_probe values (?)")) {
                for (int n = 1; n <= 2; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                return insert.executeBatch();
            } finally {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("drop table batch_probe");
                }
            }
        });
        assertThat(counts).containsOnly(Statement.SUCCESS_NO_INFO);
    }

    @Test
    void aLifecycleLeavesItsPathTasksAndLinksButNoCopiesOfItsVariables() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS");
        driver.reachConsensus(agreement);
        String lifecycle = jdbc.queryForObject(
                "select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and SUPER_PROCESS_INSTANCE_ID_ is null",
                String.class, agreement.id().toString());

        Map<String, Object> rows = jdbc.queryForMap("""
                select (select count(*) from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = :root) as instances,
                       (select count(*) from ACT_HI_ACTINST where ROOT_PROC_INST_ID_ = :root) as activities,
                       (select count(*) from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = :root) as tasks,
                       (select count(*) from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = :root) as links,
                       (select count(*) from ACT_HI_DECINST where ROOT_PROC_INST_ID_ = :root) as decisions,
                       (select count(*) from ACT_HI_VARINST where ROOT_PROC_INST_ID_ = :root) as variables,
                       (select count(*) from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = :root) as details
                """.replace(":root", "'" + lifecycle + "'"));
        assertThat(rows).extractingByKeys("instances", "activities", "tasks", "links", "decisions")
                .allSatisfy(count -> assertThat(((Number) count).longValue()).isPositive());
        assertThat(rows).extractingByKeys("variables", "details").containsOnly(0L);
    }

    @Test
    void aDatabaseRecordedAtFullMovesToTheCooperationLevel() {
        String full = Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        jdbc.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'", full);

        plugin.postInit(configuration());

        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo(Integer.toString(EngineHistory.ID));
    }

    /**
     * An activity, task and process instance ended in a later transaction than the one that started them has the
     * duration from its start: this engine remembers the start time rather than selecting it back, and selects it
     * when it does not know it (an instance another platform instance started, or started before a restart).
     * Moving a start time in the database after the start tells which of the two the engine used.
     */
    @Test
    void anInstanceEndedInALaterTransactionLastsFromItsStartWhetherItsStartIsRememberedOrSelected() {
        engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
                .addModelInstance("history_durations.bpmn", Bpmn.createExecutableProcess("history_durations")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("user_wait").endEvent().done())
                .deploy();

        String untouched = startAndWait();
        complete(untouched);
        assertThat(durations(untouched)).as("duration against end - start of the process, task and activity")
                .allSatisfy(row -> assertThat(row.get("duration")).isEqualTo(row.get("end_minus_start")));

        String remembered = startAndWait();
        moveStartsAnHourBack(remembered);
        complete(remembered);
        assertThat(durations(remembered)).as("the remembered start, not the moved one in the database")
                .allSatisfy(row -> assertThat(((Number) row.get("end_minus_start")).longValue()
                        - ((Number) row.get("duration")).longValue()).isEqualTo(Duration.ofHours(1).toMillis()));

        String selected = startAndWait();
        moveStartsAnHourBack(selected);
        plugin.startTimes.forget();
        complete(selected);
        assertThat(durations(selected)).as("the start selected from the database")
                .allSatisfy(row -> assertThat(row.get("duration")).isEqualTo(row.get("end_minus_start")));
    }

    private String startAndWait() {
        return engine.getRuntimeService().startProcessInstanceByKey("history_durations").getId();
    }

    private void complete(String instance) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }

    private void moveStartsAnHourBack(String instance) {
        for (String table : new String[] {"ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST"}) {
            jdbc.update("update " + table + " set START_TIME_ = START_TIME_ - interval '1 hour' where PROC_INST_ID_ = ?"
                    + (table.equals("ACT_HI_ACTINST") ? " and ACT_ID_ = 'user_wait'" : ""), instance);
        }
    }

    /** The process's, the task's and the user task activity's duration and end minus start, in milliseconds. */
    private List<Map<String, Object>> durations(String instance) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select 'process' as scope, DURATION_ as duration,
                       (extract(epoch from END_TIME_ - START_TIME_) * 1000)::bigint as end_minus_start
                  from ACT_HI_PROCINST where PROC_INST_ID_ = :instance
                union all
                select 'task', DURATION_, (extract(epoch from END_TIME_ - START_TIME_) * 1000)::bigint
                  from ACT_HI_TASKINST where PROC_INST_ID_ = :instance
                union all
                select 'activity', DURATION_, (extract(epoch from END_TIME_ - START_TIME_) * 1000)::bigint
                  from ACT_HI_ACTINST where PROC_INST_ID_ = :instance and ACT_ID_ = 'user_wait'
                """.replace(":instance", "'" + instance + "'"));
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.get("duration")).isNotNull());
        return rows;
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
