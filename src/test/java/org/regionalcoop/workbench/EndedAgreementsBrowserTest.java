package org.regionalcoop.workbench;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectRegistration;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreements as a stranger finds them after they ended, in English and in Chinese, at 1280 and 320 px: rejected at
 * review, failed at consensus, abandoned by the joint meeting, closed at the end of the term. Each page says what
 * happened, when, by whom and why, and offers nothing that can no longer be done. Beside them, the closure's question
 * on a project still running, which shows the project before it asks, and a settlement among twelve governments,
 * whose matrix scrolls within its frame on a phone with its figures whole and says who has still to confirm.
 */
@PlatformTest
class EndedAgreementsBrowserTest {

    /** Twelve governments of the Yangtze River Delta and the capital region, as many as a large agreement gathers. */
    private static final List<String> TWELVE = List.of("SH", "JS", "JS-NJ", "JS-SZ", "JS-WX", "ZJ", "ZJ-HZ", "ZJ-NB",
            "AH", "AH-HF", "BJ", "TJ");

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    @Autowired
    Projects projects;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    SettlementFixture settlement;

    private final String mark = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anEndedAgreementSaysWhatHappenedWhenByWhomAndWhyAndOffersNothingMore(TestInfo test) throws IOException {
        Agreement rejected = proposed("Pearl River ferry " + mark);
        lifecycle.reachConsensus(rejected);
        decide(rejected, "user_review_agreement", "cn-cca.reviewer", "CN-CCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "Duplicates the national ferry programme"));

        Agreement failed = proposed("Liao River dredging " + mark);
        lifecycle.complete(failed, "user_cast_vote", "GD.coordinator", Map.of("answer", "consent"));
        decide(failed, "user_cast_vote", "ln.coordinator", "LN.coordinator",
                Map.of("answer", "decline", "comment", "Liaoning dredges the river itself"));

        Agreement abandoned = proposed("Northeast tourism trail " + mark);
        lifecycle.fireTimer(abandoned, "timer_round_deadline");
        decide(abandoned, "user_hold_joint_meeting", "gd.leader", "GD.leader",
                Map.of("meetingDecision", "abandon", "minutes", "Liaoning has not answered in two months"));

        Agreement closed = inForce("Coastal shipping line " + mark);
        project(closed, "Dalian job centre " + mark);
        endTerm(closed);
        decide(closed, "user_evaluate_agreement", "gd.coordinator", "GD.coordinator",
                Map.of("evaluation", "The line runs; no second term is needed", "closureDecision", "terminate"));
        decide(closed, "user_decide_running_project", "gd.coordinator", "GD.coordinator",
                Map.of("projectDecision", "complete", "projectDecisionReason", "The centre is open"));

        Agreement closing = inForce("Bohai freight link " + mark);
        project(closing, "Yingkou labour exchange " + mark);
        endTerm(closing);
        lifecycle.complete(closing, "user_evaluate_agreement", "GD.coordinator",
                Map.of("evaluation", "The link carries freight; it ends with its term", "closureDecision", "terminate"));

        assertThat(List.of(rejected, failed, abandoned, closed).stream()
                .map(agreement -> agreements.current(agreement.id()).status()))
                .containsExactly(AgreementStatus.REJECTED, AgreementStatus.CONSENSUS_FAILED, AgreementStatus.ABANDONED,
                        AgreementStatus.CLOSED);

        try {
            for (String language : List.of("en", "zh-CN")) {
                StaffBrowser.walk(port, language, test.getTestMethod().orElseThrow().getName() + "-" + language, staff -> {
                    boolean english = !staff.chinese();
                    staff.signIn("gd.coordinator");
                    ended(staff, rejected, "rejected", english
                            ? List.of("The approving authority rejected the agreement at its review", "Review: rejected",
                                    "by cn-cca.reviewer", "Duplicates the national ferry programme")
                            : List.of("审批机关在审查中驳回了本协议", "驳回", "cn-cca.reviewer",
                                    "Duplicates the national ferry programme"));
                    ended(staff, failed, "consensus-failed", english
                            ? List.of("reached no consensus", "Vote: decline", "by ln.coordinator",
                                    "Liaoning dredges the river itself")
                            : List.of("未能按协议的表决规则达成一致", "ln.coordinator", "Liaoning dredges the river itself"));
                    ended(staff, abandoned, "abandoned", english
                            ? List.of("abandoned the agreement at their joint meeting", "Joint meeting: abandoned",
                                    "by gd.leader", "Liaoning has not answered in two months")
                            : List.of("在联席会议上决定放弃本协议", "gd.leader", "Liaoning has not answered in two months"));
                    ended(staff, closed, "closed", english
                            ? List.of("The agreement’s term ended", "Closure: terminated", "by gd.coordinator",
                                    "The line runs; no second term is needed", "Dalian job centre " + mark, "The centre is open")
                            : List.of("协议期满", "gd.coordinator", "The line runs; no second term is needed",
                                    "Dalian job centre " + mark, "The centre is open"));
                    // Its grants, projects and contributions are wider than a phone: each shades the edge it is cut at.
                    staff.cutTablesShadeTheirEdgeAt320();
                    staff.open("/agreements/" + closed.id() + "/history");
                    assertThat(staff.text(By.cssSelector(".timeline"))).as("the timeline names the project decided at the closure")
                            .contains("Dalian job centre " + mark);
                    // Its joint project's process is keyed by two ids joined by ":project:", once wider than a phone.
                    staff.fitsAt(320);
                    for (Agreement never : List.of(rejected, failed, abandoned)) {
                        staff.open("/agreements/" + never.id());
                        assertThat(staff.driver().findElements(By.id("settlements-link")))
                                .as("no settlements to look at on an agreement that never came into force").isEmpty();
                    }

                    staff.open("/board?q=" + mark);
                    staff.waitFor(By.cssSelector(".board-row"));
                    assertThat(boardRow(staff, rejected)).as("who rejected it and why, on the board").contains(
                            english ? "by cn-cca.reviewer (in the workbench)" : "cn-cca.reviewer（通过工作台）",
                            "Duplicates the national ferry programme");
                    assertThat(boardRow(staff, failed)).as("who declined and why").contains(
                            english ? "by ln.coordinator" : "ln.coordinator（通过工作台）", "Liaoning dredges the river itself");
                    assertThat(boardRow(staff, abandoned)).as("who abandoned it and why").contains(
                            english ? "by gd.leader" : "gd.leader（通过工作台）", "Liaoning has not answered in two months");
                    assertThat(boardRow(staff, closed)).as("who closed it and why, without the projects its page lists")
                            .contains(english ? "by gd.coordinator" : "gd.coordinator（通过工作台）",
                                    "The line runs; no second term is needed")
                            .doesNotContain("The centre is open");
                    staff.driver().manage().window().setSize(new Dimension(320, 844));
                    staff.until(browser -> staff.script("return Chart.getChart('funnel-chart').width <= 320"));
                    assertThat(staff.script("return Chart.getChart('funnel-chart').scales.y.ticks.length"))
                            .as("the funnel names every stage beside its bar on a phone, not every other one").isEqualTo(6L);
                    staff.driver().manage().window().setSize(new Dimension(1280, 1000));
                    staff.fitsAPhone();
                    staff.shoot("ended-board");
                    staff.shootNarrow("ended-board");

                    staff.openTask("Bohai freight link " + mark);
                    assertThat(staff.text(By.id("running-project"))).as("the project before the question").contains(
                            "Yingkou labour exchange " + mark, english ? "Led by Liaoning" : "由辽宁省牵头", "250,000.00 元",
                            english ? "can be completed or cancelled, not handed over" : "只能完成或撤销，不能移交");
                    assertThat(staff.driver().findElements(By.id("field-projectDecision-hand-over")))
                            .as("no renewal to hand it over to: not offered").isEmpty();
                    assertThat(staff.driver().findElements(By.id("field-projectDecision-cancel"))).hasSize(1);
                    staff.fitsAt(320);
                    staff.shoot("closure-running-project");
                    staff.shootNarrow("closure-running-project");
                });
            }
        } finally {
            // The project left running for the walk would otherwise hold a later test's project of the same field
            // for repeated construction (every province is a neighbour of every other under the centre).
            decide(closing, "user_decide_running_project", "gd.coordinator", "GD.coordinator",
                    Map.of("projectDecision", "cancel", "projectDecisionReason", "The walk is done"));
        }
    }

    @Test
    void aSettlementAmongTwelveStaysReadableOnAPhoneAndSaysWhoHasStillToConfirm(TestInfo test) throws IOException {
        String title = "Yangtze and capital region ports " + mark;
        Agreement twelve = agreements.propose(new GovernmentCode("SH"), among(title, TWELVE),
                LifecycleDriver.coordinatorOf("SH"));
        List<CostShare> shares = agreements.current(twelve.id()).current().content().costShares();
        Map<String, String> paid = new LinkedHashMap<>();
        for (int i = 0; i < TWELVE.size(); i++) {
            paid.put(TWELVE.get(i), (i % 3 == 0 ? "2345678.91" : i % 3 == 1 ? "987654.32" : "12345.67"));
        }
        settlement.project(twelve, "Shared container terminal", "12000000.00", shares, paid);
        var instance = settlement.settle(twelve, SettlementKind.PERIODIC, SettlementFixture.END_OF_2027);
        settlement.awaitContinuations(instance);
        settlement.confirm(instance, "SH", "JS", "ZJ");

        for (String language : List.of("en", "zh-CN")) {
            StaffBrowser.walk(port, language, test.getTestMethod().orElseThrow().getName() + "-" + language, staff -> {
                staff.signIn("ah-hf.finance_officer");
                staff.openTask(title);
                String awaiting = staff.text(By.cssSelector(".settlement-awaiting"));
                assertThat(awaiting).as("who has still to confirm, at a glance").contains(english(staff)
                        ? "3 of 12 participants have answered; still to answer: Anhui, Hefei, Beijing"
                        : "12 个参与方中已有 3 个答复；尚待答复：安徽省、合肥市、北京市");
                assertThat(awaiting).doesNotContain(english(staff) ? "Shanghai" : "上海市");
                assertThat(staff.text(By.cssSelector(".settlement-net .total"))).as("the positions net to zero")
                        .isEqualTo("0.00 元");
                staff.fitsAt(1280);
                staff.fitsAt(320);
                staff.stickyColumnEdgeDrawn(By.cssSelector(".settlement-positions"));
                staff.headerWordsWholeAt320();
                staff.shoot("settlement-twelve-task");
                staff.shootNarrow("settlement-twelve-task");
                staff.open("/agreements/" + twelve.id() + "/settlements");
                assertThat(staff.text(By.cssSelector(".settlement-awaiting"))).contains(english(staff) ? "3 of 12" : "已有 3 个答复");
                staff.fitsAt(1280);
                staff.fitsAt(320);
                staff.stickyColumnEdgeDrawn(By.cssSelector(".matrix"));
                staff.shoot("settlement-twelve");
                staff.shootNarrow("settlement-twelve");
            });
        }
    }

    /** The agreement's page and what it must say, then nothing it offers to do. */
    private void ended(StaffBrowser staff, Agreement agreement, String shot, List<String> says) throws IOException {
        staff.open("/agreements/" + agreement.id());
        assertThat(staff.text(By.id("outcome"))).as("what ended it, said first").contains(says);
        assertThat(staff.driver().findElements(By.cssSelector("nav.actions a"))).as("no action on an ended agreement").isEmpty();
        staff.fitsAt(320);
        staff.summaryValuesAlignedAt320();
        staff.shoot("ended-" + shot);
        staff.shootNarrow("ended-" + shot);
    }

    private static String boardRow(StaffBrowser staff, Agreement agreement) {
        return staff.text(By.cssSelector(".board-row[data-agreement='" + agreement.id() + "']"));
    }

    private static boolean english(StaffBrowser staff) {
        return !staff.chinese();
    }

    /** The group's single open task of this step on the agreement, answered as this member of it would. */
    private void decide(Agreement agreement, String step, String user, String group, Map<String, Object> values) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey(step).taskCandidateGroup(group).list();
        assertThat(open).as("%s tasks for %s", step, group).hasSize(1);
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(open.get(0).getId(), values);
        } finally {
            identity.clearAuthentication();
        }
        lifecycle.awaitContinuations(agreement);
    }

    private Agreement proposed(String title) {
        return agreements.propose(new GovernmentCode("GD"), among(title, List.of("GD", "LN")),
                LifecycleDriver.coordinatorOf("GD"));
    }

    /** Approved with its support awarded: in force. */
    private Agreement inForce(String title) {
        Agreement agreement = proposed(title);
        lifecycle.approve(agreement, "CN-CCA.reviewer");
        lifecycle.awardGrants(agreement);
        return agreement;
    }

    /**
     * A project Liaoning leads in the labour market, a field no other page test builds in: a project of the same field
     * in a neighbouring province, still running here, would hold another test's project for repeated construction.
     */
    private void project(Agreement agreement, String name) {
        projects.register(agreement.id(), new ProjectRegistration(name, new GovernmentCode("LN"),
                CooperationField.LABOUR_MARKET, new GovernmentCode("LN"), Money.of("500000.00"), Money.ZERO,
                List.of(CostShare.of("GD", "50"), CostShare.of("LN", "50")),
                List.of(new MilestonePlan("Works", LocalDate.of(2028, 6, 30), Money.ZERO))),
                LifecycleDriver.coordinatorOf("LN"));
        lifecycle.awaitContinuations(agreement);
    }

    /** The term ends: the final settlement, which every participant confirms, then the closure's evaluation. */
    private void endTerm(Agreement agreement) {
        lifecycle.fireTimer(agreement, "timer_term_ended");
        lifecycle.awaitContinuations(agreement);
        for (Task confirmation : lifecycle.openTasks(agreement, "user_confirm_settlement")) {
            tasks.complete(confirmation.getId(), Map.of("answer", "confirm"));
        }
        lifecycle.awaitContinuations(agreement);
    }

    private static AgreementContent among(String title, List<String> participants) {
        AgreementContent base = LifecycleDriver.content(AgreementType.FRAMEWORK, "1000000.00",
                participants.toArray(String[]::new));
        return new AgreementContent(title, base.fields(), base.participants(), base.secretariat(), base.mode(),
                base.type(), base.term(), base.costShares(), base.benefitSharingRule(), base.compensationRule(),
                base.defectionPenalty(), new ArrayList<>(base.supportRequests()));
    }
}
