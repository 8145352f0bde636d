package org.regionalcoop.projects;

import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.StepFailures;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.settlement.internal.SettlementProcess;
import org.regionalcoop.workbench.WorkbenchLogin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
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
import org.regionalcoop.settlement.SettlementStatus;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.tasks.StaffTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
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

    @Autowired
    ManagementService management;

    @Autowired
    StepFailures failures;

    @Autowired
    WebApplicationContext context;

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
        assertThat(settlements.contributions(renewal.id(), project.id()))
                .extracting(contribution -> contribution.split(" ")[0])
                .as("the renewal settles what no settlement of the closed agreement counted, and what is paid now")
                .containsExactly("HN-CS", "HN-ZZ");
        assertThat(settlements.projectShares(renewal.id(), project.id())).containsExactly("HN-CS", "HN-XT", "HN-ZZ");
        assertThat(settlements.projectShares(agreement.id(), project.id())).as("the closed agreement's shares stay")
                .hasSize(3);
    }

    @Test
    void aPaymentReportedAfterTheFinalSettlementButPaidBeforeItsCutOffIsCountedOnceByTheRenewal() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        ProcessInstance finalSettlement = settlements.settle(agreement, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        assertThat(settlements.status(finalSettlement)).isEqualTo(SettlementStatus.FINALIZED);
        fixtures.pay(project, "HN-ZZ", "180.00");
        Agreement renewal = fixtures.handOverToRenewal(agreement, "HN-CS");
        driver.reachConsensus(renewal);

        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer", Map.of("reviewDecision", "approve"));

        assertThat(settlements.contributions(renewal.id(), project.id()))
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
        assertThat(settlements.ofAgreement(agreement.id())).as("the closed agreement does not settle it again").hasSize(1);
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
        driver.awaitContinuations(agreement);

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("settled-again");
                    assertThat(entry.subject()).contains(project.id().toString(), "HN-ZZ 180.00");
                    assertThat(entry.reason()).contains("2027-03-01T00:00:00Z");
                    assertThat(entry.reasonKey()).isEqualTo("late-payment-settled-again");
                });
        assertThat(proposedTransfers(agreement)).as("the second settlement nets the late payment alone")
                .containsExactly("final to 2027-03-01: HN-CS pays HN-ZZ 9000", "final to 2027-03-01: HN-XT pays HN-ZZ 3600");
        assertThat(settlements.contributions(renewal.id(), null)).as("the failed renewal counts nothing").isEmpty();
    }

    /**
     * Terminated without a renewal: Zhuzhou's 180.00 of 1 February, reported after the final settlement to 1 March was
     * calculated, is counted by the closed agreement settling once more as it closes; Xiangtan's 120.00 of 1 December,
     * reported after it closed, makes it settle once more again, and that settlement, superseding the open one, nets
     * both: Changsha bears 50 % of their 300.00 and pays Zhuzhou 90.00 and Xiangtan 60.00.
     */
    @Test
    void latePaymentsOnATerminatedAgreementAreCountedOnceByTheClosedAgreementSettlingAgain() throws Exception {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        ProcessInstance finalSettlement = settlements.settle(agreement, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        fixtures.pay(project, "HN-ZZ", "180.00");
        fixtures.close(agreement, "HN-CS", "terminate", "cancel");

        agreements.moveTo(agreement.id(), AgreementStatus.CLOSED);
        driver.awaitContinuations(agreement);

        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("settled-again");
                    assertThat(entry.subject()).contains(project.id().toString(), "HN-ZZ 180.00");
                    assertThat(entry.reasonKey()).isEqualTo("late-payment-settled-again");
                });
        assertThat(proposedTransfers(agreement)).as("the settlement once more nets the late payment alone")
                .containsExactly("final to 2027-03-01: HN-CS pays HN-ZZ 9000", "final to 2027-03-01: HN-XT pays HN-ZZ 3600");
        assertThat(driver.publishedTypes(agreement.id(), "settlement.proposed")).as("announced as any settlement")
                .hasSize(2);

        projects.recordPayment(agreement.id(), project.id(), new GovernmentCode("HN-XT"), Money.of("120.00"),
                Instant.parse("2026-12-01T00:00:00Z"), "urn:gov:hn-xt");
        driver.awaitContinuations(agreement);

        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .extracting(AuditEntry::subject).hasSize(2).last().asString().contains("HN-XT 120.00");
        assertThat(proposedTransfers(agreement)).as("the newest settlement once more counts both, once")
                .containsExactlyInAnyOrder("final to 2027-03-01: HN-CS pays HN-ZZ 9000",
                        "final to 2027-03-01: HN-CS pays HN-XT 6000");
        assertThat(settlements.ofAgreement(agreement.id())).filteredOn(settlement -> settlement.status() == SettlementStatus.SUPERSEDED)
                .hasSize(1);
        assertThat(timeline(agreement, "zh-CN")).as("the timeline words it for a Chinese reader")
                .contains("由期满的协议再次结算计入", "平台（结算）", "在最终结算算出之后才报告，且没有续签协议接手");
    }

    /**
     * Zhuzhou pays 180.00 on 15 March, after the final cut-off of 1 March, for the project handed over to the renewal,
     * which then fails: no renewal counts it, so the closed agreement settles once more, to that payment, sharing it by
     * the project's cost shares. Xiangtan's payment made after the project was cancelled with the failed renewal is
     * refused: its contribution was withdrawn then, and no settlement would count it.
     */
    @Test
    void aPaymentAfterTheCutOffOnAProjectWhoseRenewalFailsIsCountedOnceAndOneAfterItEndedIsRefused() throws Exception {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        ProcessInstance finalSettlement = settlements.settle(agreement, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        Agreement renewal = fixtures.handOverToRenewal(agreement, "HN-CS");
        projects.recordPayment(agreement.id(), project.id(), new GovernmentCode("HN-ZZ"), Money.of("180.00"),
                Instant.parse("2027-03-15T00:00:00Z"), "urn:gov:hn-zz");
        driver.reachConsensus(renewal);

        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "The energy works need no second term"));
        driver.awaitContinuations(agreement);

        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("settled-again");
                    assertThat(entry.subject()).contains(project.id().toString(), "HN-ZZ 180.00");
                    assertThat(entry.reasonKey()).isEqualTo("late-payment-after-cut-off");
                });
        assertThat(proposedTransfers(agreement)).as("settled once more to the payment, which it nets alone")
                .containsExactly("final to 2027-03-15: HN-CS pays HN-ZZ 9000", "final to 2027-03-15: HN-XT pays HN-ZZ 3600");
        assertThat(timeline(agreement, "zh-CN")).contains("在上一次结算截止时间之后、项目仍在进行时缴纳", "平台（续签）");
        assertThat(timeline(agreement, "en")).contains("Paid after the last settlement’s cut-off while the project ran on");

        assertThatThrownBy(() -> projects.recordPayment(agreement.id(), project.id(), new GovernmentCode("HN-XT"),
                Money.of("120.00"), Instant.parse("2027-04-01T00:00:00Z"), "urn:gov:hn-xt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withdrawn when the project ended with its agreement");
        Caller xiangtanFinance = new Caller("hn-xt.finance", Set.of("HN-XT.finance_officer"));
        assertThat(projects.checkPayment(project.id(), new GovernmentCode("HN-XT"), Money.of("120.00"),
                PaidIn.SETTLEMENT_CURRENCY, Instant.now(), xiangtanFinance)).extracting(Violation::field)
                .as("reported by its finance officer, the refusal names the payment's date").containsExactly("paidAt");
        assertThat(fixtures.payments(project.id(), "HN-XT")).isEmpty();

        jdbc.update("update project set ended_at = ? where id = ?", Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)),
                project.id().value());
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        assertThat(mvc.perform(post("/projects/" + project.id() + "/payments/new")
                        .session(WorkbenchLogin.signIn(mvc, "hn-xt.finance_officer")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("participant", "HN-XT").param("amount", "120.00")
                        .param("paidOn", PeoplesDays.today().minusDays(1).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("the form of a project that ended two days ago says why, in the reader's language")
                .contains("项目随协议结束时已撤回这笔出资");
        assertThat(fixtures.payments(project.id(), "HN-XT")).isEmpty();
    }

    /**
     * The settlement once more fails for the closed agreement: the renewal's rejection stands with its review's step
     * done, and the failure is an incident of the closed agreement's settlement, which a retry carries through.
     */
    @Test
    void aFailingSettlementOnceMoreIsAnIncidentOfTheClosedAgreementsSettlementNotOfTheRenewal() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.pay(project, "HN-CS", "300.00");
        ProcessInstance finalSettlement = settlements.settle(agreement, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        fixtures.pay(project, "HN-ZZ", "180.00");
        Agreement renewal = fixtures.handOverToRenewal(agreement, "HN-CS");
        driver.reachConsensus(renewal);
        failures.failAt(SettlementProcess.SERVICE_PROPOSE_SETTLEMENT, agreement.id());
        try {
            driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer",
                    Map.of("reviewDecision", "reject", "reason", "The energy works need no second term"));
            driver.awaitContinuations(agreement);

            assertThat(agreements.current(renewal.id()).status()).isEqualTo(AgreementStatus.REJECTED);
            assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.CANCELLED);
            assertThat(incidents(renewal.id())).as("the renewal's step is done").isEmpty();
            assertThat(incidents(agreement.id())).singleElement().satisfies(incident -> {
                assertThat(incident.getFailedActivityId()).isEqualTo(SettlementProcess.SERVICE_PROPOSE_SETTLEMENT);
                assertThat(incident.getIncidentMessage()).contains("out of service");
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId())
                        .singleResult().getProcessDefinitionId()).startsWith(SettlementProcess.KEY + ":");
            });
        } finally {
            failures.repair(SettlementProcess.SERVICE_PROPOSE_SETTLEMENT);
        }
        Incident incident = incidents(agreement.id()).get(0);
        management.setJobRetries(incident.getConfiguration(), 1);
        driver.jobsMadeDue();
        await().atMost(PlatformTest.PATIENCE).until(() -> !proposedTransfers(agreement).isEmpty());

        assertThat(incidents(agreement.id())).isEmpty();
        assertThat(proposedTransfers(agreement)).as("the retried settlement once more nets the late payment")
                .containsExactly("final to 2027-03-01: HN-CS pays HN-ZZ 9000", "final to 2027-03-01: HN-XT pays HN-ZZ 3600");
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

    /** The agreement's page, with its timeline, as Changsha's coordinator reads it in this language. */
    private String timeline(Agreement agreement, String language) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        return mvc.perform(get("/agreements/" + agreement.id()).session(WorkbenchLogin.signIn(mvc, "hn-cs.coordinator"))
                .header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> proposedTransfers(Agreement agreement) {
        return settlements.proposedTransfers(agreement.id());
    }

    /** The open incidents of the agreement's process instances (business key = its id, or its id and a suffix). */
    private List<Incident> incidents(AgreementId agreement) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(agreement + "%")
                .list().stream().map(ProcessInstance::getId).toList();
        return runtime.createIncidentQuery().list().stream()
                .filter(incident -> instances.contains(incident.getProcessInstanceId())).toList();
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
