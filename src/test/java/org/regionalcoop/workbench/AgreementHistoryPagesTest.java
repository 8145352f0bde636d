package org.regionalcoop.workbench;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectRegistration;
import org.regionalcoop.projects.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One agreement explained as administrators and the governments in it read it, and who may retry its failed
 * steps and replay its dead letters: administrators; its own staff are refused with 403, strangers with 404
 * (docs/errors.md), and nothing changes for either.
 */
@PlatformTest
class AgreementHistoryPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Failures failures;

    @Autowired
    Agreements agreements;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Projects projects;

    /** To make an entry as one logged before the platform kept reason keys: no API writes the past. */
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    @Test
    void anAgreementInApprovalShowsWhereEachProcessWaitsItsEventsAndTimeline() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        lifecycle.reachConsensus(agreement);

        String page = page("admin", "/agreements/" + agreement.id() + "/history", "en");

        assertThat(page).contains(agreement.current().content().title(), "Agreement lifecycle", "Higher approval",
                "Local consensus", "Ballot of one participant", "Running", "Completed",
                "coop.agreements.v1", "org.regionalcoop.agreement.proposed.v1",
                "Signature", "No step has failed.", "Round 1: Jiangsu");
        assertThat(runDiagram(page, "agreement_lifecycle")).as("the lifecycle waits in its approval call")
                .contains("data-current=\"call_approval\"");
        assertThat(runDiagram(page, "agreement_approval")).as("the approval waits for the reviewers")
                .containsPattern("data-current=\"[^\"]*\\buser_review_agreement\\b");
        assertThat(page("sh.coordinator", "/agreements/" + agreement.id() + "/history", "zh-CN"))
                .as("the participant's own staff read it too, in Chinese")
                .contains("协议全过程", "上级审批", "已发布的事件", "办理记录", "第 1 轮：上海市", "第 1 轮：江苏省")
                .doesNotContain("Higher approval", "operations/incidents");
        mvc.perform(get("/agreements/" + agreement.id() + "/history").session(signIn("xj.coordinator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDiagramOfAProcessTheAgreementRanIsServedAndNoOther() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        String definition = runtime.createProcessInstanceQuery().processInstanceBusinessKey(agreement.id().toString())
                .processDefinitionKey("agreement_lifecycle").singleResult().getProcessDefinitionId();
        MockHttpSession shanghai = signIn("sh.coordinator");

        String diagram = mvc.perform(get("/agreements/" + agreement.id() + "/history/diagrams/" + definition).session(shanghai))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(diagram).contains("<bpmn:process id=\"agreement_lifecycle\"", "bpmndi:BPMNDiagram");
        Agreement other = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "XJ", "JS");
        mvc.perform(get("/agreements/" + other.id() + "/history/diagrams/" + definition).session(shanghai))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agreements/" + agreement.id() + "/history/diagrams/not-a-definition").session(shanghai))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgreementWithAJointProjectShowsItsProjectsProcessBesideItsBallots() throws Exception {
        Agreement agreement = lifecycle.approve(lifecycle.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS"),
                "CN-CCA.reviewer");
        projects.register(agreement.id(), new ProjectRegistration("Huangpu ferry pier", new GovernmentCode("SH"),
                        CooperationField.TOURISM, new GovernmentCode("SH"), Money.of("400000.00"), Money.ZERO,
                        List.of(CostShare.of("SH", "50"), CostShare.of("JS", "50")),
                        List.of(new MilestonePlan("Pier", LocalDate.of(2028, 6, 30), Money.ZERO))),
                LifecycleDriver.coordinatorOf("SH"));

        assertThat(page("admin", "/agreements/" + agreement.id() + "/history", "en")).as("a project's key is no ballot's")
                .contains("Joint project", "Round 1: Jiangsu", "Round 1: Shanghai");
    }

    @Test
    void aRejectedAgreementIsStillFullyExplained() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        lifecycle.reachConsensus(agreement);
        lifecycle.complete(agreement, "user_review_agreement", "CN-CCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "Duplicates an existing national programme"));
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.REJECTED);

        String page = page("admin", "/agreements/" + agreement.id() + "/history", "en");

        assertThat(page).contains("Rejected", "Agreement lifecycle", "Higher approval", "Duplicates an existing national programme",
                        "org.regionalcoop.approval.decided.v1")
                .doesNotContain("Running", "waiting here now");
        assertThat(runDiagram(page, "agreement_approval")).as("nothing waits; the review was passed")
                .doesNotContain("data-current").containsPattern("data-passed=\"[^\"]*\\buser_review_agreement\\b");
    }

    /**
     * The platform words a rule's reason itself; a Chinese timeline shows it in Chinese from its key, the API keeps
     * the words, and an entry logged before the keys (a row without one) shows its words as before.
     */
    @Test
    void aGrantTheRulesDeclinedIsExplainedInTheReadersLanguage() throws Exception {
        Agreement agreement = lifecycle.proposeAsking(List.of(new SupportRequest(SupportType.TAX_PREFERENCE,
                Money.of("10000000.00"), "Logistics hub")), "SH", "JS");
        lifecycle.approve(agreement, "CN-CCA.reviewer");
        lifecycle.awaitContinuations(agreement);
        String english = "the eastern plate receives no new regional tax preferences";
        assertThat(lifecycle.audit(agreement.id())).as("the API and exports keep the words")
                .extracting(AuditEntry::reason).contains(english);

        assertThat(page("sh.coordinator", "/agreements/" + agreement.id(), "zh-CN"))
                .contains("东部板块不再获得新的区域性税收优惠", "平台（资助规则）").doesNotContain(english);
        assertThat(page("admin", "/agreements/" + agreement.id() + "/history", "zh-CN"))
                .contains("东部板块不再获得新的区域性税收优惠").doesNotContain(english);
        assertThat(page("sh.coordinator", "/agreements/" + agreement.id(), "en")).contains(english);

        jdbc.update("update audit_entry set reason_key = null where agreement_id = ?::uuid and kind = 'grant'",
                agreement.id().toString());
        assertThat(page("sh.coordinator", "/agreements/" + agreement.id(), "zh-CN")).as("a row logged before the keys")
                .contains(english);
    }

    @Test
    void onlyAdministratorsRetryAFailedStepOfTheAgreementAndTheRetryIsAudited() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        Incident incident = failures.incidentOn(agreement);
        String retry = "/operations/incidents/" + incident.getId() + "/retry";

        assertThat(page("admin", "/agreements/" + agreement.id() + "/history", "en"))
                .contains("service_failing_check", "brokenStep", retry).doesNotContain("at org.camunda");
        assertThat(page("admin", "/operations", "en")).as("the duty officer retries from the operations page too")
                .contains("action=\"" + retry + "\"");
        assertThat(page("sh.coordinator", "/agreements/" + agreement.id() + "/history", "zh-CN"))
                .as("a participant reads that a step failed and who was told, not the engine's English")
                .contains("平台自动执行的一个步骤出错。已通知平台管理员").doesNotContain("brokenStep", retry);
        mvc.perform(post(retry).session(signIn("sh.coordinator")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(retry).session(signIn("xj.coordinator")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(retry).session(signIn("admin"))).andExpect(status().isForbidden());
        assertThat(retries(incident)).as("refused retries change nothing").isZero();
        assertThat(audited(agreement, "incident-retry")).isZero();

        failures.repair(incident);
        mvc.perform(post(retry).session(signIn("admin")).with(csrf()).param("agreement", agreement.id().toString()))
                .andExpect(redirectedUrl("/agreements/" + agreement.id() + "/history"))
                .andExpect(flash().attribute("done", "operations.retried"));

        await().atMost(PlatformTest.PATIENCE).until(() -> runtime.createIncidentQuery().incidentId(incident.getId()).count() == 0);
        assertThat(audited(agreement, "incident-retry")).isEqualTo(1);
        mvc.perform(post(retry).session(signIn("admin")).with(csrf()))
                .andExpect(redirectedUrl("/operations"))
                .andExpect(flash().attribute("done", "operations.retry.gone"));
        assertThat(audited(agreement, "incident-retry")).as("a second retry from a page opened before does nothing")
                .isEqualTo(1);
        assertThat(page("sh.coordinator", "/agreements/" + agreement.id() + "/history", "en"))
                .contains("Failed step retried", "by admin", "the platform’s administrators were told and started it again")
                .doesNotContain("brokenStep");
        assertThat(page("sh.coordinator", "/agreements/" + agreement.id(), "zh-CN")).as("the timeline on the agreement's page")
                .contains("重试失败步骤", "平台自动执行的一个步骤出错；已通知平台管理员").doesNotContain("brokenStep");
        assertThat(page("admin", "/agreements/" + agreement.id() + "/history", "zh-CN"))
                .as("the administrator, who fixes the cause, reads the engine's error in the timeline")
                .containsPattern("<code class=\"error-text\">[^<]*brokenStep").doesNotContain("平台自动执行的一个步骤出错");
    }

    @Test
    void onlyAdministratorsReplayADeadLetterAboutTheAgreementAndTheReplayIsAudited() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        long letter = failures.deadLetterAbout(agreement);
        String replay = "/operations/dead-letters/" + letter + "/replay";

        assertThat(page("admin", "/agreements/" + agreement.id() + "/history", "zh-CN")).contains("无法读取", replay);
        assertThat(page("admin", "/operations/figures", "zh-CN")).as("and from the operations page, which refreshes")
                .contains("action=\"" + replay + "\"", ">重放</button>");
        mvc.perform(post(replay).session(signIn("js.coordinator")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(replay).session(signIn("xj.coordinator")).with(csrf())).andExpect(status().isNotFound());
        assertThat(failures.sameAs(letter)).as("nothing replayed").hasSize(1);

        mvc.perform(post(replay).session(signIn("admin")).with(csrf()))
                .andExpect(redirectedUrl("/operations")).andExpect(flash().attribute("done", "operations.replayed"));

        await().atMost(PlatformTest.PATIENCE).until(() -> failures.sameAs(letter).size() == 2);
        assertThat(audited(agreement, "dead-letter-replay")).isEqualTo(1);
        assertThat(page("admin", "/agreements/" + agreement.id() + "/history", "zh-CN"))
                .as("the timeline names the replayed letter's reason in the reader's language, not by its key")
                .contains("<q>无法读取</q>").doesNotContain("<q>unreadable</q>");
    }

    @Test
    void theOperationsPageIsForAdministrators() throws Exception {
        String page = page("admin", "/operations", "en");
        assertThat(page).contains("Operations", "Failed steps", "Dead letters", "Events waiting to be published",
                "Agreements by stage", "Open escalations", "hx-get=\"/operations/figures\"", "chart-throughput");
        assertThat(page).as("the throughput windows in words").contains("<td>5 min</td>", "<td>1 h</td>", "<td>24 h</td>");
        assertThat(page("admin", "/operations/figures", "zh-CN")).contains("失败的步骤", "死信", "各阶段协议数量")
                .contains("<td>5 分钟</td>", "<td>24 小时</td>").doesNotContain("<html", "0 小时");
        assertThat(page("admin", "/", "en")).contains("href=\"/operations\"");

        MockHttpSession staff = signIn("sh.coordinator");
        assertThat(mvc.perform(get("/operations").session(staff).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
                .as("a page, not a step, that the reader's role does not open").contains("您的角色无权查看此页面")
                .doesNotContain("此步骤");
        mvc.perform(get("/operations/figures").session(staff)).andExpect(status().isForbidden());
        assertThat(page("sh.coordinator", "/", "en")).doesNotContain("href=\"/operations\"");
    }

    /** The part of the page that draws one process, from its run's section on. */
    private static String runDiagram(String page, String processKey) {
        int diagram = page.indexOf("data-diagram=", page.indexOf(processKey.equals("agreement_lifecycle")
                ? "Agreement lifecycle" : "Higher approval"));
        return page.substring(diagram, page.indexOf('>', diagram));
    }

    private int retries(Incident incident) {
        return management.createJobQuery().jobId(incident.getConfiguration()).singleResult().getRetries();
    }

    private int audited(Agreement agreement, String kind) {
        return (int) lifecycle.audit(agreement.id()).stream().filter(entry -> entry.kind().equals(kind)).count();
    }

    private String page(String user, String path, String language) throws Exception {
        return WorkbenchLogin.page(mvc, path, signIn(user), language);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return WorkbenchLogin.signIn(mvc, user);
    }
}
