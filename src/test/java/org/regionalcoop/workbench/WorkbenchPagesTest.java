package org.regionalcoop.workbench;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench's pages as Beijing's, Tianjin's and Hebei's staff use them (governments no other test
 * works for): the list, a ballot answered, refused and accepted, a signature checked and given, and
 * nothing of theirs visible to another government.
 */
@PlatformTest
class WorkbenchPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    @Autowired
    TaskService tasks;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    @Test
    void myWorkListsTheBallotWithItsAgreementInEnglishAndInChinese() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "BJ", "TJ", "HE");
        MockHttpSession tianjin = signIn("tj.coordinator");

        String english = mvc.perform(get("/").param("q", agreement.current().content().title()).session(tianjin)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("My work", agreement.current().content().title(), "Answer the proposed agreement",
                "Beijing, Tianjin, Hebei", "Not claimed", "1 task</p>");

        String chinese = mvc.perform(get("/").param("q", agreement.current().content().title()).session(tianjin)
                        .header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("我的工作", "答复协议草案", "北京市、天津市、河北省", "未认领").doesNotContain("My work");

        // A page past the last (the list shrank since it was linked) is the first page, not a count above an empty table.
        mvc.perform(get("/").param("q", "长三角 🚄").param("show", "ALL").param("page", "7").session(tianjin))
                .andExpect(redirectedUrl("/?show=ALL&q=%E9%95%BF%E4%B8%89%E8%A7%92%20%F0%9F%9A%84"));
    }

    @Test
    void theLanguageSwitchIsRemembered() throws Exception {
        MockHttpSession hebei = signIn("he.coordinator");
        MvcResult switched = mvc.perform(get("/").param("lang", "zh-CN").session(hebei).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("我的工作")))
                .andReturn();
        jakarta.servlet.http.Cookie remembered = switched.getResponse().getCookie("workbench-language");
        assertThat(remembered).isNotNull();

        mvc.perform(get("/").session(hebei).cookie(remembered).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("我的工作")));
    }

    /**
     * The form ticks the proposer's own government only where every form of cooperation needs it among the
     * participants: the central government proposes top-down for the governments below it without taking part.
     */
    @Test
    void theFormTicksTheProposersGovernmentOnlyWhereItMustTakePart() throws Exception {
        String central = mvc.perform(get("/agreements/new").session(signIn("cn.coordinator")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(central).as("nothing ticked or chosen that the proposer did not choose")
                .doesNotContainPattern("id=\"participant-[A-Z-]+\"[^>]*checked")
                .contains("<option value=\"\" selected>Choose one of the participants</option>");
        String beijing = mvc.perform(get("/agreements/new").session(signIn("bj.coordinator")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(beijing).as("Beijing stands above no one: whatever it proposes, it takes part")
                .containsPattern("id=\"participant-BJ\"[^>]*checked").doesNotContain("Choose one of the participants");

        org.springframework.util.MultiValueMap<String, String> pilot = PostedProposal
                .framework("Urumqi-Changji integration pilot", "TOP_DOWN", "INDUSTRY").share("XJ-UR", "50")
                .share("XJ-CJ", "50").secretariat("XJ-UR").term("2027-01-01", "2029-12-31")
                .rules("By cost share", "None", "500,000").fiscalTransfer("5,000,000", "Pilot zone").form();
        assertThat(mvc.perform(post("/agreements/new").session(signIn("cn.coordinator")).with(csrf())
                        .header("Accept-Language", "en").params(pilot))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("a top-down proposal without its initiator is checked, not refused").contains("value=\"propose\"");
    }

    @Test
    void aProposalOffersItsSettlementCurrencyYuanFirstAndShowsAmountsInIt() throws Exception {
        MockHttpSession beijing = signIn("bj.coordinator");
        assertThat(mvc.perform(get("/").session(beijing)).andReturn().getResponse().getContentAsString())
                .as("a coordinator is offered proposing").contains("href=\"/agreements/new\"");
        String page = mvc.perform(get("/agreements/new").session(beijing).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Settlement currency", "JPY – Japanese Yen");
        assertThat(page.indexOf("value=\"CNY\"")).as("yuan first").isPositive().isLessThan(page.indexOf("value=\"HKD\""));

        org.springframework.util.MultiValueMap<String, String> inYen = proposal("60", "40");
        inYen.set("mode", "HORIZONTAL");
        inYen.remove("support[0].type");
        inYen.remove("support[0].amount");
        inYen.remove("support[0].description");
        inYen.set("currency", "JPY");
        String english = mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "en")
                        .params(inYen)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("JPY – Japanese Yen", "500,000 JPY").doesNotContain("500,000.00 元");
        String chinese = mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(inYen)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("结算币种", "500,000 日元");

        inYen.set("penalty", "500,000.50");
        assertThat(mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "en")
                        .params(inYen)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#field-penalty\"");
        inYen.set("penalty", "500,000");
        inYen.set("currency", "XAU");
        assertThat(mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "en")
                        .params(inYen)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#field-currency\"", "Choose one of the settlement currencies offered");
    }

    @Test
    void aBallotWithoutAnAnswerIsRefusedNextToTheFieldAndAConsentMovesTheAgreementOn() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "BJ", "TJ");
        String ballot = task(agreement, "user_cast_vote", "TJ.coordinator");
        MockHttpSession tianjin = signIn("tj.coordinator");

        String page = mvc.perform(get("/tasks/" + ballot).session(tianjin).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("what the decision is about, before the question")
                .contains(agreement.current().content().title(), "Framework agreement", "Bottom-up", "Transport",
                        "2,000,000.00 元", "1,000,000.00 元", "Consultation round 1", "Beijing", "Not answered yet", "Consent");

        String refused = mvc.perform(post("/tasks/" + ballot).session(tianjin).with(csrf()).param("comment", "no answer")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "href=\"#field-answer\"",
                        "Choose one answer for “Your government’s answer”", "no answer")
                .as("the summary is focused as the page opens, so a screen reader reads it first")
                .containsPattern("class=\"error-summary\"[^>]*autofocus")
                .doesNotContain("must be one of", "is required");

        mvc.perform(post("/tasks/" + ballot).session(tianjin).with(csrf()).param("answer", "consent"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/done"))
                .andExpect(flash().attribute("step", "user_cast_vote"));
        // Sent again (back, then send once more): nothing is recorded twice, and the page does not blame a colleague.
        assertThat(mvc.perform(post("/tasks/" + ballot).session(tianjin).with(csrf()).param("answer", "consent")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("此任务已发生变化", "之前提交此表单")
                .as("where the agreement went, beside the work list")
                .contains("href=\"/agreements/" + agreement.id() + "\"", "查看该协议的进展：" + agreement.current().content().title());
        assertThat(tasks.createTaskQuery().taskId(ballot).count()).isZero();
        // Another government's staff, who could never see the task, still get the page that says it does not exist.
        mvc.perform(post("/tasks/" + ballot).session(signIn("he.coordinator")).with(csrf()).param("answer", "consent"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLeaderSignsTheHashTheyWereShownAfterCheckingAndAStaleHashIsRefused() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "BJ", "HE");
        for (Task ballot : lifecycle.openTasks(agreement, "user_cast_vote")) {
            tasks.complete(ballot.getId(), Map.of("answer", "consent"));
        }
        lifecycle.awaitContinuations(agreement);
        String signature = task(agreement, "user_sign_agreement", "HE.leader");
        String hash = agreements.current(agreement.id()).current().contentHash();
        MockHttpSession leader = signIn("he.leader");
        assertThat(mvc.perform(get("/").session(leader).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).as("a leader, who only signs, is not offered proposing").doesNotContain("href=\"/agreements/new\"");
        assertThat(mvc.perform(get("/agreements/new").session(leader).header("Accept-Language", "en"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
                .as("and is told so before filling in the form, not after").contains("Only a government’s coordinators propose agreements.");

        assertThat(mvc.perform(get("/tasks/" + signature).session(leader).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(hash);

        String stale = "0".repeat(64);
        assertThat(mvc.perform(post("/tasks/" + signature).session(leader).with(csrf()).param("signedContentHash", stale)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("The agreement changed after you opened this page: version 1 is now current");

        assertThat(mvc.perform(post("/tasks/" + signature).session(leader).with(csrf()).param("signedContentHash", hash)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("check your answers before a binding act, with the way back to the text at its top")
                .contains("签署前请核对协议", hash, "签署后不能撤回",
                        "<a href=\"/tasks/" + signature + "\" class=\"back-link\" id=\"check-back\">返回任务</a>");
        assertThat(tasks.createTaskQuery().taskId(signature).count()).as("not signed before confirming").isOne();

        MvcResult signed = mvc.perform(post("/tasks/" + signature).session(leader).with(csrf()).param("signedContentHash", hash)
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/done")).andReturn();
        assertThat(tasks.createTaskQuery().taskId(signature).count()).isZero();
        assertThat(mvc.perform(get("/done").session(leader).flashAttrs(signed.getFlashMap()).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString())
                .as("the last signature is not told that the participants still answer")
                .contains("Once every participant’s leader has signed this version")
                .doesNotContain("The participants answer and then their leaders sign");
    }

    /**
     * A double click on "Sign": both sends find the task open, the first signs, and the second once failed on the
     * signature the first recorded and answered 500. It now says the task changed meanwhile, as a second send after
     * the first has finished does.
     */
    @Test
    void aSignatureSentTwiceAtOnceIsSignedOnceAndTheSecondSendSaysTheTaskChanged() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "TJ", "HE");
        for (Task ballot : lifecycle.openTasks(agreement, "user_cast_vote")) {
            tasks.complete(ballot.getId(), Map.of("answer", "consent"));
        }
        lifecycle.awaitContinuations(agreement);
        String signature = task(agreement, "user_sign_agreement", "TJ.leader");
        String hash = agreements.current(agreement.id()).current().contentHash();
        MockHttpSession leader = signIn("tj.leader");

        java.util.concurrent.CountDownLatch firstSigned = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondSent = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> first = java.util.concurrent.CompletableFuture.runAsync(() ->
                transactions.executeWithoutResult(status -> {
                    tasks.complete(signature, Map.of("signedContentHash", hash));
                    firstSigned.countDown();
                    try {
                        // Committed only once the second send waits on the signature this one wrote.
                        secondSent.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        firstSigned.await();
        java.util.concurrent.CompletableFuture<String> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(post("/tasks/" + signature).session(leader).with(csrf()).param("signedContentHash", hash)
                                .param("confirmed", "true").header("Accept-Language", "zh-CN"))
                        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1)).until(() -> second.isDone() || jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class) > 0);
        secondSent.countDown();
        first.get();

        assertThat(second.get()).contains("此任务已发生变化", "href=\"/agreements/" + agreement.id() + "\"")
                .doesNotContain("服务出现问题");
        assertThat(jdbc.queryForObject("select count(*) from agreement_signature where agreement_id = ?::uuid",
                Integer.class, agreement.id().toString())).isOne();
    }

    /** A reviewer who asks for a revision is told what follows, not that the agreement is still being reviewed. */
    @Test
    void theConfirmationOfAReviewSaysWhatItsDecisionLeadsTo() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "BJ", "TJ");
        lifecycle.reachConsensus(agreement);
        MockHttpSession reviewer = signIn("cn-cca.reviewer");
        MvcResult revise = mvc.perform(post("/tasks/" + task(agreement, "user_review_agreement", "CN-CCA.reviewer"))
                        .session(reviewer).with(csrf()).param("reviewDecision", "revise").param("reason", "补充客流预测"))
                .andExpect(redirectedUrl("/done")).andReturn();

        assertThat(mvc.perform(get("/done").session(reviewer).flashAttrs(revise.getFlashMap()).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString())
                .contains("发起方协调员将参照您的理由修订协议").doesNotContain("审批机关正在审查已签署的协议");
    }

    @Test
    void anotherGovernmentsStaffGetTheSame404OnThePagesAsOnTheApi() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "BJ", "TJ");
        String ballot = task(agreement, "user_cast_vote", "TJ.coordinator");
        MockHttpSession stranger = signIn("gd-gz.coordinator");

        for (String page : List.of("/tasks/" + ballot, "/agreements/" + agreement.id())) {
            mvc.perform(get(page).session(stranger).header("Accept-Language", "en")).andExpect(status().isNotFound())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
        }
        for (String action : List.of("/tasks/" + ballot, "/tasks/" + ballot + "/claim", "/tasks/" + ballot + "/comments")) {
            mvc.perform(post(action).session(stranger).with(csrf()).param("answer", "consent").param("message", "mine"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/tasks/" + ballot).with(httpBasic("gd-gz.coordinator", PlatformTest.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/agreements/" + agreement.id()).with(httpBasic("gd-gz.coordinator", PlatformTest.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(tasks.createTaskQuery().taskId(ballot).singleResult().getAssignee()).isNull();
    }

    @Test
    void theAgreementPageShowsItsVersionsAnswersAndTimeline() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "2000000.00", "BJ", "TJ");
        lifecycle.complete(agreement, "user_cast_vote", "BJ.coordinator", Map.of("answer", "consent"));

        String page = mvc.perform(get("/agreements/" + agreement.id()).session(signIn("tj.coordinator"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(agreement.current().content().title(), "协商中", "第 1 版", "北京市", "同意", "尚未答复",
                "财政转移支付", "办理记录");
    }

    @Test
    void aProposalIsCheckedOnTheServerWithEveryBadFieldNamedAndShowsItsReviewerBeforeItIsMade() throws Exception {
        MockHttpSession beijing = signIn("bj.coordinator");

        String refused = mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "en")
                        .param("participants", "BJ", "TJ").param("shares[BJ]", "60").param("shares[TJ]", "thirty")
                        .param("penalty", "a lot").param("termStart", "2027-01-01").param("termEnd", "someday"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "href=\"#field-shares\"", "Enter the cost share of Tianjin as a percent",
                "href=\"#field-penalty\"", "href=\"#field-term\"",
                // The share's box is labelled by its government, not only the tick box beside it.
                "aria-label=\"Tianjin’s cost share in percent\"");

        String unbalanced = mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "en")
                        .params(proposal("60", "30")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unbalanced).contains("href=\"#field-shares\"", "(now they add up to 90 %)");

        String check = mvc.perform(post("/agreements/new").session(beijing).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(proposal("60", "４０")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("发送前请核对提案", "中央区域协调机构", "5,000,000.00 元");

        mvc.perform(post("/agreements/new").session(beijing).with(csrf()).params(proposal("60", "４０")).param("action", "propose"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "proposal"));
    }

    /**
     * A double click on "Propose", or back to the check page and send again, proposes once: the page that opened the
     * form gave it a ticket, and a second send of it says it was sent already and links to the agreement it made.
     */
    @Test
    void aProposalSentTwiceIsProposedOnce() throws Exception {
        MockHttpSession beijing = signIn("bj.coordinator");
        String form = mvc.perform(get("/agreements/new").session(beijing)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher ticket = java.util.regex.Pattern
                .compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(form);
        assertThat(ticket.find()).as("the form carries its ticket").isTrue();
        String title = "Capital region wetlands " + java.util.UUID.randomUUID();
        org.springframework.util.MultiValueMap<String, String> proposal = proposal("60", "40");
        proposal.set("title", title);
        proposal.set("submission", ticket.group(1));

        assertThat(mvc.perform(post("/agreements/new").session(beijing).with(csrf()).params(proposal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("the check page sends the ticket on").contains(ticket.group(1));
        mvc.perform(post("/agreements/new").session(beijing).with(csrf()).params(proposal).param("action", "propose"))
                .andExpect(redirectedUrl("/done"));
        List<org.regionalcoop.kernel.AgreementId> proposed = agreements.titled(title, 10);
        assertThat(proposed).hasSize(1);

        for (String action : List.of("propose", "check")) {
            assertThat(mvc.perform(post("/agreements/new").session(beijing).with(csrf()).params(proposal)
                            .param("action", action).header("Accept-Language", "zh-CN"))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                    .contains("此表单已经提交过", "未重复记录", "href=\"/agreements/" + proposed.get(0) + "\"");
        }
        assertThat(agreements.titled(title, 10)).as("proposed once").hasSize(1);
    }

    /**
     * The ticket outlives the session that issued it: the form sent again after signing in anew (the first send's answer
     * lost, the session expired) finds the agreement the first send made rather than proposing it again.
     */
    @Test
    void aProposalSentAgainFromANewSessionIsProposedOnce() throws Exception {
        MockHttpSession first = signIn("bj.coordinator");
        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(mvc.perform(get("/agreements/new").session(first)).andReturn().getResponse().getContentAsString());
        assertThat(ticket.find()).as("the form carries its ticket").isTrue();
        String title = "Capital region flood defence " + java.util.UUID.randomUUID();
        org.springframework.util.MultiValueMap<String, String> proposal = proposal("60", "40");
        proposal.set("title", title);
        proposal.set("submission", ticket.group(1));

        mvc.perform(post("/agreements/new").session(first).with(csrf()).params(proposal).param("action", "propose"))
                .andExpect(redirectedUrl("/done"));
        MockHttpSession again = signIn("bj.coordinator");
        mvc.perform(post("/agreements/new").session(again).with(csrf()).params(proposal).param("action", "propose"))
                .andExpect(redirectedUrl("/done"));

        assertThat(agreements.titled(title, 10)).as("proposed once").hasSize(1);
    }

    private static org.springframework.util.MultiValueMap<String, String> proposal(String beijing, String tianjin) {
        return PostedProposal.framework("Capital region air quality framework", "BOTTOM_UP", "ENVIRONMENT")
                .share("BJ", beijing).share("TJ", tianjin).secretariat("BJ").term("2027-01-01", "2029-12-31")
                .rules("By cost share", "None", "500,000").fiscalTransfer("5,000,000", "Monitoring network").form();
    }

    private String task(Agreement agreement, String step, String group) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%").taskDefinitionKey(step)
                .taskCandidateGroup(group).singleResult().getId();
    }

    private MockHttpSession signIn(String user) throws Exception {
        return WorkbenchLogin.signIn(mvc, user);
    }
}
