package org.regionalcoop.projects;

import org.regionalcoop.LifecycleDriver;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.tasks.StaffTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.regionalcoop.projects.internal.JointProjectProcess.*;
import static org.regionalcoop.LifecycleDriver.ADMINISTRATOR;

/**
 * An agreement's closure decides what becomes of every joint project still running under it, and leaves no task
 * of a project nobody will work (issue 15). The closure is started as the lifecycle starts it at the end of the term.
 */
@ProcessTest
class ProjectsAtClosureTest {

    private static final String CLOSURE = "agreement_closure";
    private static final String DECIDE = "user_decide_running_project";

    @Autowired
    StaffTasks staffTasks;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Projects projects;

    @Autowired
    Agreements agreements;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettlementFixture settlements;

    @Test
    void terminatingCancelsARunningProjectWithItsOpenContributionAndMilestoneTaskWithdrawn() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        assertThat(fixtures.openTasks(project, USER_REPORT_MILESTONE)).hasSize(1);
        ProcessInstance closure = startClosure(agreement);

        evaluate(closure, "terminate");
        Task decision = tasks.createTaskQuery().processInstanceId(closure.getId()).taskDefinitionKey(DECIDE).singleResult();
        assertThat(tasks.getVariable(decision.getId(), "projectName")).isEqualTo(project.name());
        assertThatThrownBy(() -> tasks.complete(decision.getId(),
                Map.of("projectDecision", "hand-over", "projectDecisionReason", "the renewal takes it")))
                .hasMessageContaining("handed over only to a renewal");
        tasks.complete(decision.getId(), Map.of("projectDecision", "cancel",
                "projectDecisionReason", "The second section will not be built"));

        assertThat(endedAt(closure)).isEqualTo("end_agreement_terminated");
        assertThat(fixtures.instance(project)).as("the project's process ended").isNull();
        assertThat(tasks.createTaskQuery().processInstanceId(fixtures.instanceId(project)).count())
                .as("no task of the project is left open").isZero();
        ProjectDetail detail = projects.get(project.id(), ADMINISTRATOR);
        assertThat(detail.project().status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(detail.contributions()).extracting(c -> c.participant().value(), ProjectDetail.Contribution::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HN-CS", ContributionStatus.PAID),
                        org.assertj.core.groups.Tuple.tuple("HN-XT", ContributionStatus.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple("HN-ZZ", ContributionStatus.WITHDRAWN));
        assertThat(withdrawnTasks(agreement.id())).as("the withdrawn tasks are announced").isNotEmpty();
        assertThat(driver.decisions(agreement.id(), "closure-project")).containsExactly("cancel");
    }

    @Test
    void renewingHandsOneProjectOverAndCompletesAnother() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary handedOver = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        ProjectSummary completed = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        ProcessInstance closure = startClosure(agreement);

        evaluate(closure, "renew");
        List<Task> decisions = tasks.createTaskQuery().processInstanceId(closure.getId()).taskDefinitionKey(DECIDE).list();
        assertThat(decisions).hasSize(2);
        for (Task decision : decisions) {
            boolean first = tasks.getVariable(decision.getId(), "projectId").equals(handedOver.id().toString());
            tasks.complete(decision.getId(), Map.of("projectDecision", first ? "hand-over" : "complete",
                    "projectDecisionReason", first ? "It runs on under the renewal" : "The works done suffice"));
        }

        assertThat(endedAt(closure)).isEqualTo("end_renewal_requested");
        assertThat(fixtures.instance(handedOver)).as("the handed-over project runs on").isNotNull();
        assertThat(fixtures.openTasks(handedOver, USER_REPORT_MILESTONE)).hasSize(1);
        assertThat(fixtures.projectStatus(handedOver)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(fixtures.instance(completed)).isNull();
        assertThat(fixtures.projectStatus(completed)).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(fixtures.events(completed)).containsOnlyOnce("project.completed", "agreement.running-project-decided");
        assertThat(tasks.createTaskQuery().processInstanceId(fixtures.instanceId(completed)).count()).isZero();
    }

    @Test
    void aProjectHandedOverMovesToTheRenewalWhenItComesIntoForceWithItsOpenTasksAndItsAccounts() {
        HandedOver handedOver = handedOverToARenewalInApproval();
        Agreement agreement = handedOver.closed();
        ProjectSummary project = handedOver.project();
        Agreement renewal = handedOver.renewal();
        assertThat(projects.get(project.id(), ADMINISTRATOR).project().agreementId())
                .as("the project waits under the closed agreement until the renewal is in force")
                .isEqualTo(agreement.id().value());

        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer", Map.of("reviewDecision", "approve"));

        assertThat(agreements.current(renewal.id()).status()).isEqualTo(AgreementStatus.APPROVED);
        ProjectSummary moved = projects.get(project.id(), ADMINISTRATOR).project();
        assertThat(moved.agreementId()).isEqualTo(renewal.id().value());
        assertThat(moved.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(projects.ofAgreement(renewal.id(), ADMINISTRATOR)).extracting(ProjectSummary::id)
                .containsExactly(project.id());
        assertThat(projects.ofAgreement(agreement.id(), ADMINISTRATOR)).isEmpty();
        assertThat(driver.openTasks(renewal, USER_REPORT_MILESTONE)).as("its open task stands under the renewal")
                .hasSize(1);
        assertThat(driver.openTasks(agreement, USER_REPORT_MILESTONE)).isEmpty();
        assertThat(staffTasks.mine(ADMINISTRATOR, new StaffTasks.Filter(renewal.id().toString(), USER_REPORT_MILESTONE,
                null, null), 0, 50).total()).as("My work lists it under the renewal").isOne();
        assertThat(staffTasks.mine(ADMINISTRATOR, new StaffTasks.Filter(agreement.id().toString(), USER_REPORT_MILESTONE,
                null, null), 0, 50).total()).isZero();
        assertThat(VAR_AGREEMENT_ID.from(runtime, fixtures.instance(moved).getId()).get()).isEqualTo(renewal.id());
        assertThat(fixtures.events(moved)).containsOnlyOnce("project.handed-over");
        assertThat(driver.decisions(renewal.id(), "project-handed-over")).containsExactly("take-over");

        String instance = fixtures.instance(moved).getId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey()).isEqualTo(businessKey(renewal.id().value(), project.id()));
        assertThat(awaitedPayments(instance)).as("the contributions called and not paid").isEqualTo(2);

        fixtures.pay(moved, "HN-ZZ", "180.00");
        assertThat(awaitedPayments(instance)).as("the payment for the renewal found its waiting contribution")
                .isOne();
        assertThat(jdbc.queryForList("""
                select participant from settlement_contribution where agreement_id = ? and project_id = ?
                 order by participant
                """, String.class, renewal.id().value(), project.id().value()))
                .as("the renewal settles what no settlement of the closed agreement counted, and what is paid now")
                .containsExactly("HN-CS", "HN-ZZ");
        assertThat(jdbc.queryForList("""
                select participant from settlement_project where agreement_id = ? and project_id = ? order by participant
                """, String.class, renewal.id().value(), project.id().value())).containsExactly("HN-CS", "HN-XT", "HN-ZZ");
        assertThat(jdbc.queryForObject("select count(*) from settlement_project where agreement_id = ? and project_id = ?",
                Integer.class, agreement.id().value(), project.id().value())).as("the closed agreement's shares stay")
                .isEqualTo(3);
    }

    @Test
    void aPaymentReportedAfterTheFinalSettlementButPaidBeforeItsCutOffIsCountedOnceByTheRenewal() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        ProcessInstance finalSettlement = settlements.settle(agreement, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        assertThat(jdbc.queryForObject("select status from settlement where process_instance_id = ?", String.class,
                finalSettlement.getId())).isEqualTo("finalized");
        fixtures.pay(project, "HN-ZZ", "180.00");
        Agreement renewal = fixtures.handOverToRenewal(agreement, "HN-CS");
        driver.reachConsensus(renewal);

        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer", Map.of("reviewDecision", "approve"));

        assertThat(jdbc.queryForList("""
                select participant || ' ' || amount_fen || ' ' || to_char(paid_at at time zone 'UTC', 'YYYY-MM-DD')
                  from settlement_contribution
                 where agreement_id = ? and project_id = ? order by participant
                """, String.class, renewal.id().value(), project.id().value()))
                .as("Zhuzhou's payment of 1 February, reported after the final settlement to 1 March, and not what it "
                        + "counted").containsExactly("HN-ZZ 18000 2027-02-01");
        assertThat(driver.audit(renewal.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("counted-by-renewal");
                    assertThat(entry.subject()).contains(project.id().toString(), "HN-ZZ 180.00");
                    assertThat(entry.reason()).contains(agreement.id().toString(), "2027-03-01T00:00:00Z");
                    assertThat(entry.reasonKey()).as("the workbench words it in the reader's language")
                            .isEqualTo("late-payment-to-renewal");
                });
        assertThat(jdbc.queryForObject("select count(*) from settlement where agreement_id = ?", Integer.class,
                agreement.id().value())).as("the closed agreement does not settle it again").isOne();
    }

    /**
     * The renewal is rejected, so no renewal counts Zhuzhou's late 180.00: the closed agreement settles once more to
     * the final cut-off. Its cumulative calculation nets only what the final settlement missed: Zhuzhou bears 30 % of
     * its 180.00 (54.00) and is owed the rest, 90.00 by Changsha (50 %) and 36.00 by Xiangtan (20 %).
     */
    @Test
    void aLatePaymentOnAProjectWhoseRenewalFailsIsCountedOnceByTheClosedAgreementSettlingAgain() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        ProcessInstance finalSettlement = settlements.settle(agreement, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        fixtures.pay(project, "HN-ZZ", "180.00");
        Agreement renewal = fixtures.handOverToRenewal(agreement, "HN-CS");
        driver.reachConsensus(renewal);

        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "The energy works need no second term"));

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("settled-again");
                    assertThat(entry.subject()).contains(project.id().toString(), "HN-ZZ 180.00");
                    assertThat(entry.reason()).contains("2027-03-01T00:00:00Z");
                    assertThat(entry.reasonKey()).isEqualTo("late-payment-settled-again");
                });
        assertThat(jdbc.queryForList("""
                select s.kind || ' to ' || to_char(s.period_end at time zone 'UTC', 'YYYY-MM-DD') || ': ' || t.payer
                       || ' pays ' || t.payee || ' ' || t.amount_fen
                  from settlement s join settlement_transfer t on t.settlement_id = s.id
                 where s.agreement_id = ? and s.status = 'proposed' order by t.seq
                """, String.class, agreement.id().value())).as("the second settlement nets the late payment alone")
                .containsExactly("final to 2027-03-01: HN-CS pays HN-ZZ 9000", "final to 2027-03-01: HN-XT pays HN-ZZ 3600");
        assertThat(jdbc.queryForObject("select count(*) from settlement_contribution where agreement_id = ?",
                Integer.class, renewal.id().value())).as("the failed renewal counts nothing").isZero();
    }

    @Test
    void aProjectHandedOverToARenewalThatIsRejectedIsCancelledAsTheClosureCancelsOne() {
        HandedOver handedOver = handedOverToARenewalInApproval();
        Agreement agreement = handedOver.closed();
        ProjectSummary project = handedOver.project();
        Agreement renewal = handedOver.renewal();

        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "The energy works need no second term"));

        assertThat(agreements.current(renewal.id()).status()).isEqualTo(AgreementStatus.REJECTED);
        ProjectDetail detail = projects.get(project.id(), ADMINISTRATOR);
        assertThat(detail.project().status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(detail.project().agreementId()).isEqualTo(agreement.id().value());
        assertThat(detail.contributions()).extracting(c -> c.participant().value(), ProjectDetail.Contribution::status)
                .containsExactly(tuple("HN-CS", ContributionStatus.PAID), tuple("HN-XT", ContributionStatus.WITHDRAWN),
                        tuple("HN-ZZ", ContributionStatus.WITHDRAWN));
        assertThat(fixtures.instance(project)).as("the project's process ended").isNull();
        assertThat(tasks.createTaskQuery().processInstanceId(fixtures.instanceId(project)).count())
                .as("no task of the project is left open").isZero();
        assertThat(driver.decisions(agreement.id(), "closure-project")).containsExactly("hand-over", "cancel");
        assertThat(withdrawnTasks(agreement.id())).as("the withdrawn tasks are announced").isNotEmpty();
        assertThat(projects.ofAgreement(renewal.id(), ADMINISTRATOR)).isEmpty();
    }

    @Test
    void withNoProjectRunningTheClosureAsksNoProjectDecision() {
        Agreement agreement = fixtures.approvedAgreement();
        ProcessInstance closure = startClosure(agreement);

        evaluate(closure, "terminate");

        assertThat(endedAt(closure)).isEqualTo("end_agreement_terminated");
    }

    /** A project with a payment, handed over at its agreement's closure to the renewal, which reached consensus. */
    private HandedOver handedOverToARenewalInApproval() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        Agreement renewal = fixtures.handOverToRenewal(agreement, "HN-CS");
        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.ACTIVE);
        driver.reachConsensus(renewal);
        return new HandedOver(agreement, project, renewal);
    }

    private record HandedOver(Agreement closed, ProjectSummary project, Agreement renewal) {
    }

    private long awaitedPayments(String instance) {
        return runtime.createExecutionQuery().processInstanceId(instance).activityId(RECEIVE_CONTRIBUTION).count();
    }

    private List<String> withdrawnTasks(AgreementId agreement) {
        return driver.publishedTypes(agreement, ".task.withdrawn.");
    }

    private ProcessInstance startClosure(Agreement agreement) {
        return runtime.startProcessInstanceByKey(CLOSURE, agreement.id().toString(), Map.of(
                "agreementId", agreement.id().toString(), "secretariat", "HN-CS"));
    }

    private void evaluate(ProcessInstance closure, String decision) {
        Task evaluation = tasks.createTaskQuery().processInstanceId(closure.getId())
                .taskDefinitionKey("user_evaluate_agreement").singleResult();
        tasks.complete(evaluation.getId(), Map.of("evaluation", "The joint energy works are in use",
                "closureDecision", decision));
    }

    private String endedAt(ProcessInstance instance) {
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isOne();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("noneEndEvent").list().stream()
                .map(HistoricActivityInstance::getActivityId).findFirst().orElseThrow();
    }
}
