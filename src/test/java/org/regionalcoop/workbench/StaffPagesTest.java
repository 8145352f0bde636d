package org.regionalcoop.workbench;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.TaskService;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectRegistration;
import org.regionalcoop.projects.ProjectStatus;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.organizations.GovernmentCode;
import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.internal.SettlementProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.settlement.SettlementFixture.END_OF_2027;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages beside and outside the tasks: a settlement's positions and transfers beside the task that
 * confirms it (Hunan's staff); revising an agreement, registering a project, reporting a contribution paid,
 * recording counterpart support and delegating a task (Guangdong's and Liaoning's, whom no other test works
 * for), each with its rules named by field, checked before it binds, and refused to whom the API refuses it.
 */
@PlatformTest
class StaffPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SettlementFixture settlements;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    @Autowired
    Projects projects;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    @Test
    void aFinanceOfficerSeesEveryPositionItemByItemAndWhoPaysWhomBeforeConfirming() throws Exception {
        Agreement agreement = settlements.changshaZhuzhouXiangtan();
        settlements.ringRoad(agreement);
        ProcessInstance settlement = settlements.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        String task = settlements.task(settlement, SettlementProcess.USER_CONFIRM_SETTLEMENT, "HN-ZZ.finance_officer").getId();
        MockHttpSession zhuzhou = signIn("hn-zz.finance_officer");

        String english = page("/tasks/" + task, zhuzhou, "en");
        assertThat(english).contains("Periodic settlement for the period ending 1 January 2028", "Costs paid",
                "6,000,000.00 元", "5,000,000.00 元", "2,500,000.00 元", "receives 1,000,000.00 元", "pays 500,000.00 元",
                "Zhuzhou pays Changsha", "Xiangtan pays Changsha", "Confirm the settlement");
        assertThat(english.split("settlement-awaited", -1)).as("every participant named as not answered yet")
                .hasSize(4);

        String chinese = page("/tasks/" + task, zhuzhou, "zh-CN");
        assertThat(chinese).contains("定期结算", "已支付成本", "应收 1,000,000.00 元", "应付 500,000.00 元",
                "株洲市向长沙市支付", "湘潭市向长沙市支付", "尚未答复").doesNotContain("Costs paid", "pays");

        String title = agreement.current().content().title();
        assertThat(english).as("the tab names the agreement").contains("<title>Confirm or object to the settlement: " + title + " – ");
        assertThat(page("/agreements/" + agreement.id() + "/settlements", zhuzhou, "zh-CN")).as("with Chinese punctuation")
                .contains("<title>结算：" + title + " – ");
        assertThat(page("/agreements/" + agreement.id(), zhuzhou, "en")).as("the agreement page lists it too")
                .contains("Zhuzhou pays Changsha", "Proposed, waiting for the participants’ answers");
    }

    @Test
    void anArbitratorChoosesWhoPaysWhomAmongTheParticipantsByName() throws Exception {
        Agreement agreement = settlements.changshaZhuzhouXiangtan();
        settlements.ringRoad(agreement);
        ProcessInstance settlement = settlements.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        for (String confirming : List.of("HN-CS", "HN-XT")) {
            tasks.complete(settlements.task(settlement, SettlementProcess.USER_CONFIRM_SETTLEMENT,
                    confirming + ".finance_officer").getId(), Map.of(SettlementProcess.VAR_ANSWER.name(), "confirm"));
        }
        tasks.complete(settlements.task(settlement, SettlementProcess.USER_CONFIRM_SETTLEMENT, "HN-ZZ.finance_officer")
                .getId(), Map.of(SettlementProcess.VAR_ANSWER.name(), "object",
                SettlementProcess.VAR_OBJECTION_REASON.name(), "Changsha agreed to carry 100,000 of our share"));
        lifecycle.awaitContinuations(agreement);
        String task = settlements.task(settlement, SettlementProcess.USER_ARBITRATE_SETTLEMENT, SettlementFixture.ARBITRATORS)
                .getId();
        MockHttpSession arbitrator = signIn("hn-pca.arbitrator");

        assertThat(page("/tasks/" + task, arbitrator, "en")).contains("<select class=\"input\" id=\"field-payer\"",
                "<option value=\"HN-CS\">Changsha</option>", "<option value=\"HN-ZZ\">Zhuzhou</option>")
                .doesNotContain("government code");
        assertThat(page("/tasks/" + task, arbitrator, "zh-CN")).contains("付款方", "<option value=\"HN-XT\">湘潭市</option>")
                .doesNotContain("政府代码");
        mvc.perform(post("/tasks/" + task).session(arbitrator).with(csrf()).param("decision", "adjust")
                        .param("payer", "HN-CS").param("payee", "HN-ZZ").param("amount", "100,000.00")
                        .param("arbitrationReason", "Minutes of the joint meeting"))
                .andExpect(redirectedUrl("/done"));
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
        assertThat(page("/done", arbitrator, "en")).contains("Your answer has been recorded");
        assertThat(page("/done?lang=zh-CN", arbitrator, "zh-CN")).as("the language switch keeps the confirmation (it once led to My work)")
                .contains("您的答复已记录");
        mvc.perform(get("/done").session(arbitrator)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aRepeatedProjectIsMergedIntoOneOfTheRunningProjectsItRepeatsChosenByName() throws Exception {
        Agreement agreement = approved("GD", "LN");
        ProjectSummary running = projects.register(agreement.id(), tourism("Shenyang heritage trail", "LN"),
                LifecycleDriver.coordinatorOf("LN"));
        ProjectSummary repeated = projects.register(agreement.id(), tourism("Liaoning heritage route", "GD"),
                LifecycleDriver.coordinatorOf("GD"));
        String task = tasks.createTaskQuery().processInstanceBusinessKey(agreement.id() + ":project:" + repeated.id())
                .taskDefinitionKey(TaskPages.REPEATED_CONSTRUCTION).singleResult().getId();
        MockHttpSession guangdong = signIn("gd.coordinator");

        assertThat(page("/tasks/" + task, guangdong, "en")).contains("Running projects it may repeat",
                "Shenyang heritage trail, led by Liaoning, in Liaoning", "<select class=\"input\" id=\"field-mergeInto\"",
                "<option value=\"" + running.id() + "\">Shenyang heritage trail, led by Liaoning, in Liaoning</option>")
                .doesNotContain("its id");
        assertThat(page("/tasks/" + task, guangdong, "zh-CN")).contains("可能重复建设的在建项目",
                "Shenyang heritage trail（辽宁省牵头，位于辽宁省）");
        mvc.perform(post("/tasks/" + task).session(guangdong).with(csrf()).param("resolution", "merge")
                        .param("mergeInto", running.id().toString()).param("resolutionReason", "One trail, one operator"))
                .andExpect(redirectedUrl("/done"));
        assertThat(projects.get(repeated.id(), LifecycleDriver.coordinatorOf("GD")).project().status())
                .isEqualTo(ProjectStatus.MERGED);
    }

    private static ProjectRegistration tourism(String name, String lead) {
        return new ProjectRegistration(name, new GovernmentCode(lead), CooperationField.TOURISM, new GovernmentCode("LN"),
                Money.of("200000.00"), Money.ZERO, List.of(CostShare.of("GD", "50"), CostShare.of("LN", "50")),
                List.of(new MilestonePlan("Signs", LocalDate.of(2028, 6, 30), Money.ZERO)));
    }

    @Test
    void theInitiatorRevisesTheAgreementWithAReasonAfterCheckingTheChangesAndOthersCannot() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "GD", "LN");
        MockHttpSession guangdong = signIn("gd.coordinator");
        String revise = "/agreements/" + agreement.id() + "/revise";

        assertThat(page("/agreements/" + agreement.id(), guangdong, "en")).contains("action-revise");
        assertThat(page(revise, guangdong, "zh-CN")).as("the current text beside the form")
                .contains("发布修订版本", "当前版本（第 1 版）", agreement.current().content().title(), "3,000,000.00");

        String refused = mvc.perform(post(revise).session(guangdong).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(revision("60", "50", "")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("存在问题", "href=\"#field-reason\"", "请说明修改内容及原因（1 至 1000 个字符）",
                "href=\"#field-shares\"", "合计须恰好为 100%（目前为 110%）").doesNotContain("shares add up to");

        String check = mvc.perform(post(revise).session(guangdong).with(csrf()).header("Accept-Language", "en")
                        .params(revision("70", "30", "Guangdong builds the larger part")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check the revised version before you publish it", "What version 2 changed from version 1",
                "Guangdong builds the larger part", "Publish version 2");
        assertThat(agreements.current(agreement.id()).current().number()).as("nothing before confirming").isEqualTo(1);

        assertThat(mvc.perform(post(revise).session(signIn("ln.coordinator")).with(csrf()).header("Accept-Language", "en")
                        .params(revision("70", "30", "Liaoning's wish")).param("action", "revise"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
                .contains("Only the coordinators of Guangdong");
        mvc.perform(get(revise).session(signIn("bj.coordinator"))).andExpect(status().isNotFound());

        mvc.perform(post(revise).session(guangdong).with(csrf()).params(revision("70", "30", "Guangdong builds the larger part"))
                        .param("action", "revise"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "revision"));
        assertThat(agreements.current(agreement.id()).current().number()).isEqualTo(2);
        assertThat(agreements.current(agreement.id()).current().reason()).isEqualTo("Guangdong builds the larger part");
        assertThat(page("/agreements/" + agreement.id(), guangdong, "zh-CN")).as("why each version was made, translated")
                .contains("– 提出", "– Guangdong builds the larger part").doesNotContain("– proposed");
    }

    @Test
    void aProjectIsRegisteredAndAContributionReportedAsPeopleWriteAmountsWithEveryBadFieldNamed() throws Exception {
        Agreement agreement = approved("GD", "LN");
        MockHttpSession guangdong = signIn("gd.coordinator");
        String register = "/agreements/" + agreement.id() + "/projects/new";

        assertThat(page("/agreements/" + agreement.id(), guangdong, "en")).contains("action-project", "action-support");
        String refused = mvc.perform(post(register).session(guangdong).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(project("1,000,000", "２００,０００", "2035-01-01")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("存在问题", "href=\"#field-milestones\"", "到期日须在协议期限内");
        MultiValueMap<String, String> unreadable = project("a million", "２００,０００", "2035-01-01");
        unreadable.remove("lead");
        unreadable.remove("field");
        assertThat(mvc.perform(post(register).session(guangdong).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(unreadable))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("every bad field at once, the module's too while the budget cannot be read")
                .contains("href=\"#field-budget\"", "href=\"#field-lead\"", "href=\"#field-field\"",
                        "href=\"#field-milestones\"");

        String check = mvc.perform(post(register).session(guangdong).with(csrf()).header("Accept-Language", "en")
                        .params(project("1,000,000", "２００,０００", "2028/6/30")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check the project before you register it", "1,000,000.00 元", "200,000.00 元",
                "30 June 2028", "Register the project");
        assertThat(projects.ofAgreement(agreement.id(), LifecycleDriver.coordinatorOf("GD"))).isEmpty();

        mvc.perform(post(register).session(guangdong).with(csrf()).params(project("1,000,000", "２００,０００", "2028/6/30"))
                        .param("action", "register"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "project-registration"));
        ProjectSummary project = projects.ofAgreement(agreement.id(), LifecycleDriver.coordinatorOf("GD")).get(0);
        assertThat(project.budget()).isEqualTo(Money.of("1000000.00"));

        lifecycle.awaitContinuations(agreement);
        String milestone = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_report_milestone").singleResult().getId();
        String milestonePage = page("/tasks/" + milestone, guangdong, "zh-CN");
        assertThat(milestonePage).as("the milestone's plan beside the report it asks for")
                .contains("里程碑到期日", "2028年6月30日", "核实后拨付的专项资金", "200,000.00 元", "项目预算", "1,000,000.00 元");
        assertThat(milestonePage.split(">Pearl River to Liao River freight corridor</dd>", -1)).as("the project named once")
                .hasSize(2);

        MockHttpSession finance = signIn("ln.finance_officer");
        String report = "/projects/" + project.id() + "/payments/new";
        assertThat(page("/agreements/" + agreement.id(), finance, "zh-CN")).contains("报告已缴出资", "320,000.00 元");
        String bad = mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "en")
                        .param("participant", "LN").param("amount", "a lot").param("paidOn", "2999-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).as("the page's own reading and the module's rule at the first send")
                .contains("href=\"#field-amount\"", "Enter “Amount paid” as an amount in yuan",
                        "href=\"#field-paidOn\"", "Enter the day it was paid, today or earlier");
        assertThat(mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("participant", "").param("amount", "很多").param("paidOn", "2999-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("no payer chosen: the other fields are named all the same, in Chinese")
                .contains("href=\"#field-participant\"", "href=\"#field-amount\"", "href=\"#field-paidOn\"",
                        "请填写缴款日期，不得晚于今天").doesNotContain("must not", "in the future");
        for (String odd : List.of("-5", "0.001")) {
            assertThat(mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "zh-CN")
                            .param("participant", "LN").param("amount", odd).param("paidOn", "2027-01-01"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                    .as("%s: the message says what is wrong with it", odd).contains("不带负号，小数位数不超过示例");
        }
        String future = mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "en")
                        .param("participant", "LN").param("amount", "320000").param("paidOn", "2999-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("href=\"#field-paidOn\"", "Enter the day it was paid, today or earlier");
        String yesterday = PeoplesDays.today().minusDays(1).toString();
        assertThat(mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "en")
                        .param("participant", "LN").param("amount", "３２0,000.00").param("paidOn", yesterday))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Check the payment before you report it", "320,000.00 元", "Liaoning");
        mvc.perform(post(report).session(signIn("gd.finance_officer")).with(csrf())
                        .param("participant", "LN").param("amount", "320000").param("paidOn", yesterday).param("action", "report"))
                .andExpect(status().isForbidden());
        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(page(report, finance, "zh-CN"));
        assertThat(ticket.find()).as("the payment form carries its ticket").isTrue();
        mvc.perform(post(report).session(finance).with(csrf()).param("submission", ticket.group(1))
                        .param("participant", "LN").param("amount", "320000").param("paidOn", yesterday).param("action", "report"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "contribution"));
        assertThat(mvc.perform(post(report).session(finance).with(csrf()).param("submission", ticket.group(1))
                        .header("Accept-Language", "zh-CN")
                        .param("participant", "LN").param("amount", "320000").param("paidOn", yesterday).param("action", "report"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .as("sent again (a double click): reported once").contains("此表单已经提交过");
        assertThat(projects.get(project.id(), LifecycleDriver.coordinatorOf("LN")).contributions())
                .filteredOn(contribution -> contribution.participant().value().equals("LN"))
                .extracting(contribution -> contribution.paid()).containsExactly(Money.of("320000.00"));
    }

    @Test
    void theSecretariatRecordsCounterpartSupportAfterCheckingAndEveryBadFieldIsNamed() throws Exception {
        Agreement agreement = approved("GD", "LN");
        MockHttpSession guangdong = signIn("gd.coordinator");
        String record = "/agreements/" + agreement.id() + "/counterpart-support/new";

        String refused = mvc.perform(post(record).session(guangdong).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("supporter", "GD").param("recipient", "GD").param("amount", "0")
                        .param("periodStart", "2027-12-31").param("periodEnd", "2027-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#field-recipient\"", "href=\"#field-amount\"", "href=\"#field-periodEnd\"",
                "不得与支援方相同", "请以元为单位填写大于零的金额", "不得早于开始日期").doesNotContain("must");
        assertThat(mvc.perform(post(record).session(guangdong).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("supporter", "GD").param("recipient", "GD").param("amount", "很多")
                        .param("periodStart", "明年").param("periodEnd", "2027-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("an unreadable amount and day do not hide the module's rules until the next send")
                .contains("href=\"#field-recipient\"", "不得与支援方相同", "href=\"#field-amount\"", "请将“",
                        "href=\"#field-periodStart\"").doesNotContain("must");

        assertThat(mvc.perform(post(record).session(guangdong).with(csrf()).header("Accept-Language", "en")
                        .params(support()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Check the counterpart support before you record it", "Guangdong", "Liaoning", "1,500,000.00 元");
        assertThat(settlements.counterpartSupports(agreement)).isZero();

        mvc.perform(post(record).session(signIn("ln.coordinator")).with(csrf()).params(support()).param("action", "record"))
                .andExpect(status().isForbidden());
        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(page(record, guangdong, "en"));
        assertThat(ticket.find()).as("the support form carries its ticket").isTrue();
        String checked = mvc.perform(post(record).session(guangdong).with(csrf()).params(support())
                        .param("submission", ticket.group(1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checked).as("the check page sends the ticket on").contains("value=\"" + ticket.group(1) + "\"");
        mvc.perform(post(record).session(guangdong).with(csrf()).params(support()).param("submission", ticket.group(1))
                        .param("action", "record"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "counterpart-support"));
        assertThat(mvc.perform(post(record).session(guangdong).with(csrf()).params(support())
                        .param("submission", ticket.group(1)).param("action", "record").header("Accept-Language", "zh-CN"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .as("sent again (a double click, or back to the check page): recorded once").contains("此表单已经提交过");
        assertThat(settlements.counterpartSupports(agreement)).isOne();
    }

    @Test
    void aTaskIsHandedToAColleagueOfTheSameGovernmentOnlyAndHandedBack() throws Exception {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "1000000.00", "GD", "LN");
        String ballot = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_cast_vote").taskCandidateGroup("LN.coordinator").singleResult().getId();
        MockHttpSession liaoning = signIn("ln.coordinator");

        String form = page("/tasks/" + ballot + "/delegate", liaoning, "zh-CN");
        assertThat(form).as("each colleague by name, with their login and role")
                .contains("将此任务交给同事", "辽宁省领导 Liaoning leader", "（ln.leader，领导）")
                .doesNotContain("gd.leader", "value=\"ln.coordinator\"");
        assertThat(mvc.perform(post("/tasks/" + ballot + "/delegate").session(liaoning).with(csrf()).param("to", "gd.leader")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#field-to\"", "Choose a colleague of your own government");

        mvc.perform(post("/tasks/" + ballot + "/delegate").session(liaoning).with(csrf()).param("to", "ln.leader"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "delegation"));
        assertThat(tasks.createTaskQuery().taskId(ballot).singleResult().getAssignee()).isEqualTo("ln.leader");

        MockHttpSession leader = signIn("ln.leader");
        assertThat(page("/tasks/" + ballot, leader, "en")).contains("ln.coordinator handed this task to you", "hand-back");
        mvc.perform(post("/tasks/" + ballot + "/resolve").session(leader).with(csrf()))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "resolution"));
        mvc.perform(post("/tasks/" + ballot).session(liaoning).with(csrf()).param("answer", "consent"))
                .andExpect(redirectedUrl("/done"));
        assertThat(tasks.createTaskQuery().taskId(ballot).count()).isZero();
    }

    @Test
    void theClosureShowsTheProjectsStillRunningAndEndsTheOneItCancelsWithItsTasks() throws Exception {
        Agreement agreement = approved("GD", "LN");
        ProjectSummary project = projects.register(agreement.id(), new ProjectRegistration("Liao River flood barrier",
                new GovernmentCode("LN"), CooperationField.WATER_RESOURCES, new GovernmentCode("LN"),
                Money.of("500000.00"), Money.ZERO, List.of(CostShare.of("GD", "50"), CostShare.of("LN", "50")),
                List.of(new MilestonePlan("Embankment", LocalDate.of(2028, 6, 30), Money.ZERO))),
                LifecycleDriver.coordinatorOf("LN"));
        ProcessInstance closure = runtime.startProcessInstanceByKey("agreement_closure", agreement.id().toString(),
                Map.of("agreementId", agreement.id().toString(), "secretariat", "GD"));
        MockHttpSession guangdong = signIn("gd.coordinator");
        String evaluation = tasks.createTaskQuery().processInstanceId(closure.getId()).singleResult().getId();

        assertThat(page("/tasks/" + evaluation, guangdong, "en")).contains("Evaluate the agreement",
                "Projects still running", "Liao River flood barrier", "Liaoning", "After this evaluation you decide");
        assertThat(page("/tasks/" + evaluation, guangdong, "zh-CN")).contains("评估协议", "仍在进行的项目",
                "Liao River flood barrier", "辽宁省").doesNotContain("Projects still running", "Led by");
        mvc.perform(post("/tasks/" + evaluation).session(guangdong).with(csrf())
                        .param("evaluation", "The corridor is in use").param("closureDecision", "terminate"))
                .andExpect(redirectedUrl("/done"));

        String decision = tasks.createTaskQuery().processInstanceId(closure.getId())
                .taskDefinitionKey("user_decide_running_project").singleResult().getId();
        // Terminated: there is no renewal to hand the project over to, so the page does not offer it; sent anyway (a
        // page kept open from before, a crafted request), the closure refuses it beside the field.
        assertThat(page("/tasks/" + decision, guangdong, "en")).contains("Decide what becomes of a running project",
                "Liao River flood barrier", "Led by Liaoning", "can be completed or cancelled, not handed over", "Cancel it")
                .doesNotContain("Hand it over to the renewal", "field-projectDecision-hand-over");
        assertThat(page("/tasks/" + decision, guangdong, "zh-CN")).contains("决定在建项目的去向",
                "Liao River flood barrier", "由辽宁省牵头", "不能移交", "撤销").doesNotContain("Cancel it", "field-projectDecision-hand-over");
        assertThat(mvc.perform(post("/tasks/" + decision).session(guangdong).with(csrf()).header("Accept-Language", "en")
                        .param("projectDecision", "hand-over").param("projectDecisionReason", "The renewal takes it"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#field-projectDecision\"", "can be handed over only to a renewal, and this agreement ends without one");
        assertThat(mvc.perform(post("/tasks/" + decision).session(guangdong).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("projectDecision", "hand-over").param("projectDecisionReason", "由续签协议接手"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("the closure's refusal, raised by a task listener, in Chinese next to its field")
                .contains("href=\"#field-projectDecision\"", "项目只能移交给续签协议").doesNotContain("handed over", "terminated");
        mvc.perform(post("/tasks/" + decision).session(guangdong).with(csrf())
                        .param("projectDecision", "cancel").param("projectDecisionReason", "No funds for the barrier"))
                .andExpect(redirectedUrl("/done"));

        assertThat(projects.get(project.id(), LifecycleDriver.coordinatorOf("LN")).project().status())
                .isEqualTo(ProjectStatus.CANCELLED);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + ":project:%").count())
                .as("no task of the cancelled project is left").isZero();
    }

    @Test
    void aProjectHandedOverStandsOnTheRenewalsPageOnceTheRenewalIsInForce() throws Exception {
        Agreement agreement = approved("GD", "LN");
        ProjectSummary project = projects.register(agreement.id(), new ProjectRegistration("Pearl River ferry terminal",
                new GovernmentCode("GD"), CooperationField.TRANSPORT, new GovernmentCode("GD"),
                Money.of("800000.00"), Money.ZERO, List.of(CostShare.of("GD", "50"), CostShare.of("LN", "50")),
                List.of(new MilestonePlan("Quay", LocalDate.of(2028, 6, 30), Money.ZERO))),
                LifecycleDriver.coordinatorOf("GD"));
        ProcessInstance closure = runtime.startProcessInstanceByKey("agreement_closure", agreement.id().toString(),
                Map.of("agreementId", agreement.id().toString(), "secretariat", "GD"));
        MockHttpSession guangdong = signIn("gd.coordinator");
        String evaluation = tasks.createTaskQuery().processInstanceId(closure.getId()).singleResult().getId();
        mvc.perform(post("/tasks/" + evaluation).session(guangdong).with(csrf())
                        .param("evaluation", "The ferries run").param("closureDecision", "renew"))
                .andExpect(redirectedUrl("/done"));
        String decision = tasks.createTaskQuery().processInstanceId(closure.getId())
                .taskDefinitionKey("user_decide_running_project").singleResult().getId();
        assertThat(page("/tasks/" + decision, guangdong, "en")).as("renewed: handing over is offered")
                .contains("Hand it over to the renewal", "goes on under the renewal once the renewal is in force");
        mvc.perform(post("/tasks/" + decision).session(guangdong).with(csrf())
                        .param("projectDecision", "hand-over").param("projectDecisionReason", "The terminal is half built"))
                .andExpect(redirectedUrl("/done"));
        Agreement renewal = agreements.renew(agreement.id());

        lifecycle.approve(renewal, "CN-CCA.reviewer");

        assertThat(page("/agreements/" + renewal.id(), guangdong, "en")).contains("Pearl River ferry terminal",
                "Project handed over: taken over from the closed agreement");
        assertThat(page("/agreements/" + renewal.id(), guangdong, "zh-CN")).contains("Pearl River ferry terminal",
                "移交的项目：已从期满的协议接手").doesNotContain("Project handed over");
        assertThat(page("/agreements/" + agreement.id(), guangdong, "en"))
                .as("no longer among the closed agreement's projects; its timeline names it as the project it handed over")
                .doesNotContain("<h2 class=\"heading-m\">Joint projects</h2>").contains("Pearl River ferry terminal");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(renewal.id() + ":project:" + project.id())
                .taskDefinitionKey("user_report_milestone").count()).as("its milestone task stands under the renewal")
                .isOne();
    }

    /**
     * A partial award the grant rules refuse only as the decision completes (no less than the central share, no
     * reason) once reached the browser as the API's problem JSON in English; each rule is now named next to its field.
     */
    @Test
    void aPartialAwardTheGrantRulesRefuseIsNamedNextToItsFieldsInChinese() throws Exception {
        Agreement agreement = approved("GD", "LN");
        lifecycle.awaitContinuations(agreement);
        String decision = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_decide_grant").singleResult().getId();
        MockHttpSession officer = signIn("cn-cca.grant_officer");

        String refused = mvc.perform(post("/tasks/" + decision).session(officer).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("grantDecision", "partial").param("awardedAmount", "1,250,000.00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("存在问题", "href=\"#field-awardedAmount\"", "部分批准须少于上方所列的中央承担部分",
                        "href=\"#field-reason\"", "部分批准或不予批准须填写理由")
                .doesNotContain("invalid-request", "central share of", "needs a reason");
        assertThat(tasks.createTaskQuery().taskId(decision).count()).as("nothing decided").isOne();
    }

    /** After the grant decision the agreement's status line says what was decided, no longer that support goes to review. */
    @Test
    void afterTheGrantDecisionTheStatusLineSaysWhatWasDecided() throws Exception {
        Agreement agreement = approved("GD", "LN");
        lifecycle.awaitContinuations(agreement);
        MockHttpSession guangdong = signIn("gd.coordinator");
        assertThat(page("/agreements/" + agreement.id(), guangdong, "en")).contains("the support requested goes to the grant programmes");
        String decision = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_decide_grant").singleResult().getId();
        mvc.perform(post("/tasks/" + decision).session(signIn("cn-cca.grant_officer")).with(csrf())
                        .param("grantDecision", "decline").param("reason", "The programme funds no framework agreements"))
                .andExpect(redirectedUrl("/done"));
        lifecycle.awaitContinuations(agreement);

        assertThat(page("/agreements/" + agreement.id(), guangdong, "en"))
                .contains("the grant programmes decided the support requested: <span class=\"status-grant\">Fiscal transfer declined.</span>")
                .doesNotContain("the support requested goes to the grant programmes");
        assertThat(page("/agreements/" + agreement.id(), guangdong, "zh-CN")).as("no space after the Chinese colon")
                .contains("所申请的政策支持已有决定：<span class=\"status-grant\">财政转移支付不予批准。</span>");
    }

    /** Opened by its address (a bookmark, an old link) while no version may be published, the page says why at once. */
    @Test
    void theRevisePageSaysAtOnceWhyTheAgreementCannotBeRevisedNowAndWhatToDoInstead() throws Exception {
        Agreement underReview = lifecycle.propose(AgreementType.FRAMEWORK, "1000000.00", "GD", "LN");
        lifecycle.reachConsensus(underReview);
        MockHttpSession guangdong = signIn("gd.coordinator");
        String revise = "/agreements/" + underReview.id() + "/revise";

        assertThat(refusal(get(revise), guangdong, "en")).contains("This agreement cannot be revised now",
                "Version 1 has been signed and is with its reviewers", "Revise the agreement for the reviewers")
                .doesNotContain("field-reason", "Propose a new agreement");
        assertThat(refusal(get(revise), guangdong, "zh-CN")).contains("该协议目前不能修订", "第 1 版已签署，正在审批中",
                "根据审批意见修订协议").doesNotContain("field-reason");
        assertThat(refusal(post(revise).with(csrf()).params(revision("70", "30", "Sent from a page opened before"))
                .param("action", "revise"), guangdong, "en")).as("a form opened before the review is told the same")
                .contains("is with its reviewers");
        assertThat(agreements.current(underReview.id()).current().number()).isOne();
        assertThat(refusal(get(revise), signIn("ln.coordinator"), "en")).as("a participant that did not propose it")
                .contains("is with its reviewers", "Only the coordinators of Guangdong")
                .doesNotContain("appears in your work");

        Agreement inForce = approved("GD", "LN");
        assertThat(refusal(get("/agreements/" + inForce.id() + "/revise"), guangdong, "en"))
                .contains("The agreement is in force: version 1, as the participants signed it", "propose a new agreement", "href=\"/agreements/new\"");
        assertThat(refusal(get("/agreements/" + inForce.id() + "/revise"), guangdong, "zh-CN"))
                .contains("该协议已生效：各参与方签署的第 1 版", "提出新的合作协议");
    }

    private String refusal(MockHttpServletRequestBuilder request,
                           MockHttpSession session, String language) throws Exception {
        return mvc.perform(request.session(session).header("Accept-Language", language))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    }

    private Agreement approved(String... participants) {
        return lifecycle.approve(lifecycle.propose(AgreementType.FRAMEWORK, "1000000.00", participants),
                "CN-CCA.reviewer");
    }

    private static MultiValueMap<String, String> revision(String guangdong, String liaoning, String reason) {
        MultiValueMap<String, String> form = PostedProposal.framework("Joint FRAMEWORK agreement of GD, LN", "BOTTOM_UP",
                        "TRANSPORT").share("GD", guangdong).share("LN", liaoning).secretariat("GD")
                .term("2027-01-01", "2031-12-31")
                .rules("shared by cost share", "yearly compensation of hosts", "1,000,000.00")
                .fiscalTransfer("3,000,000", "transport fund").form();
        form.add("reason", reason);
        return form;
    }

    private static MultiValueMap<String, String> project(String budget, String grantPart, String due) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", "Pearl River to Liao River freight corridor");
        form.add("lead", "GD");
        form.add("field", "TRANSPORT");
        form.add("location", "GD");
        form.add("budget", budget);
        form.add("grantPart", grantPart);
        form.add("shares[GD]", "60");
        form.add("shares[LN]", "40");
        form.add("milestones[0].name", "Feasibility study");
        form.add("milestones[0].dueDate", due);
        form.add("milestones[0].grantAmount", grantPart);
        return form;
    }

    private static MultiValueMap<String, String> support() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("supporter", "GD");
        form.add("recipient", "LN");
        form.add("amount", "1,500,000");
        form.add("periodStart", "2027年1月1日");
        form.add("periodEnd", "2027-12-31");
        form.add("description", "Teachers seconded to Shenyang");
        return form;
    }

    private String page(String path, MockHttpSession session, String language) throws Exception {
        return WorkbenchLogin.page(mvc, path, session, language);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return WorkbenchLogin.signIn(mvc, user);
    }
}
