package org.regionalcoop.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The task lists' projection ({@link OpenTasks}) says what the engine's task query says: after every change of an
 * agreement's tasks, its rows are exactly one per open task and audience (candidate groups, assignee, '*'), and no
 * row outlives its task. The process moves on by itself after a completion, so both are read until they agree.
 */
@PlatformTest
class OpenTaskProjectionTest {

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    StaffTasks staffTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProjectionFollowsEveryChangeOfATaskAndLeavesNoOrphans() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        await().atMost(PlatformTest.PATIENCE).until(() -> driver.openTasks(agreement, "user_cast_vote").size() == 2);
        agrees(agreement);
        String ballot = ballotOf(agreement, "SH.coordinator");

        tasks.claim(ballot, "sh.coordinator");
        agrees(agreement);
        assertThat(audiences(ballot)).contains("user:sh.coordinator");

        tasks.setAssignee(ballot, null);
        agrees(agreement);
        assertThat(audiences(ballot)).containsExactlyInAnyOrder("*", "group:SH.coordinator");

        tasks.setOwner(ballot, "sh.coordinator");
        tasks.delegateTask(ballot, "sh.leader");
        agrees(agreement);
        assertThat(audiences(ballot)).as("the owner is not an audience, as the list never showed the owner's tasks")
                .containsExactlyInAnyOrder("*", "group:SH.coordinator", "user:sh.leader");
        assertThat(staffTasks.mine(new Caller("sh.leader", Set.of("SH.leader")), new StaffTasks.Filter(null, null, null, null), 0, 50)
                .tasks()).extracting(StaffTask::id).contains(ballot);

        String other = ballotOf(agreement, "JS.coordinator");
        staffTasks.complete(other, Map.of("answer", "consent"), LifecycleDriver.coordinatorOf("JS"));
        agrees(agreement);
        assertThat(audiences(other)).as("the completed ballot").isEmpty();

        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(agreement.id() + "%").list()) {
            runtime.deleteProcessInstanceIfExists(instance.getId(), "cancelled by the test", false, true, false, false);
        }
        agrees(agreement);
        assertThat(jdbc.queryForObject("select count(*) from open_task where agreement_id = ?", Long.class, agreement.id().value()))
                .as("the cancelled processes' tasks").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from open_task o where not exists (select 1 from act_ru_task t where t.id_ = o.task_id)""",
                Long.class)).as("rows of tasks that ended").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from act_ru_task t where not exists (select 1 from open_task o where o.task_id = t.id_ and o.audience = '*')""",
                Long.class)).as("open tasks missing from the administrators' list").isZero();
    }

    @Test
    void aSuspendedProcessesTasksLeaveTheListAndItsCountsUntilItIsActivated() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        await().atMost(PlatformTest.PATIENCE).until(() -> driver.openTasks(agreement, "user_cast_vote").size() == 2);
        String ballot = ballotOf(agreement, "SH.coordinator");
        String process = tasks.createTaskQuery().taskId(ballot).singleResult().getProcessInstanceId();
        Caller coordinator = LifecycleDriver.coordinatorOf("SH");
        StaffTasks.Filter ofTheAgreement = new StaffTasks.Filter(agreement.id().value().toString(), null, null, null);
        assertThat(staffTasks.mine(coordinator, ofTheAgreement, 0, 50).tasks()).extracting(StaffTask::id).containsExactly(ballot);

        // As Cockpit does it: the engine suspends the process's tasks without a task event, so their rows stay.
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(process).suspend();
        assertThat(audiences(ballot)).as("the suspended ballot's rows").contains("*", "group:SH.coordinator");
        TaskPage suspended = staffTasks.mine(coordinator, ofTheAgreement, 0, 50);
        assertThat(suspended.tasks()).as("the list while the process is suspended").isEmpty();
        assertThat(suspended.total()).as("the count while the process is suspended").isZero();
        assertThat(staffTasks.countByStep(coordinator, ofTheAgreement)).as("the counts by step while suspended").isEmpty();

        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(process).activate();
        TaskPage active = staffTasks.mine(coordinator, ofTheAgreement, 0, 50);
        assertThat(active.tasks()).extracting(StaffTask::id).containsExactly(ballot);
        assertThat(active.total()).isOne();
        assertThat(staffTasks.countByStep(coordinator, ofTheAgreement)).containsExactly(Map.entry("user_cast_vote", 1L));
    }

    private String ballotOf(Agreement agreement, String group) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_cast_vote").taskCandidateGroup(group).singleResult().getId();
    }

    /** The agreement's rows in the projection are, once the process has settled, the engine's open tasks' audiences. */
    private void agrees(Agreement agreement) {
        await().atMost(PlatformTest.PATIENCE).untilAsserted(() -> assertThat(projected(agreement)).isEqualTo(engine(agreement)));
    }

    private Set<String> engine(Agreement agreement) {
        Set<String> rows = new TreeSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%").list()) {
            rows.add(task.getId() + " *");
            if (task.getAssignee() != null) {
                rows.add(task.getId() + " user:" + task.getAssignee());
            }
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    rows.add(task.getId() + " group:" + link.getGroupId());
                }
            }
        }
        return rows;
    }

    private Set<String> projected(Agreement agreement) {
        return new TreeSet<>(jdbc.queryForList("select task_id || ' ' || audience from open_task where agreement_id = ?",
                String.class, agreement.id().value()));
    }

    private List<String> audiences(String taskId) {
        return jdbc.queryForList("select audience from open_task where task_id = ?", String.class, taskId);
    }
}
