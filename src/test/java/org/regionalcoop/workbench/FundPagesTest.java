package org.regionalcoop.workbench;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.BodyKind;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.funds.FundEntryKind;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.Settlements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.LifecycleDriver.ADMINISTRATOR;
import static org.regionalcoop.workbench.WorkbenchLogin.page;
import static org.regionalcoop.workbench.WorkbenchLogin.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pooled fund from the workbench: a member's finance officer pays into the agreement's fund on a page of its own,
 * and a coordinator registers a project led by a working circle that asks the fund for part of its budget; what the
 * funds and projects modules refuse is named beside its field in the reader's language, before anything is recorded.
 */
@PlatformTest
class FundPagesTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    private static final List<GovernmentCode> MEMBERS = List.of(new GovernmentCode("HN-CS"), new GovernmentCode("HN-ZZ"),
            new GovernmentCode("HN-XT"));

    @Autowired
    WebApplicationContext context;

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Funds funds;

    @Autowired
    Projects projects;

    @Autowired
    TaskService tasks;

    @Autowired
    Settlements settlements;

    @RegisterExtension
    final ParticipantSystems treasuries = ParticipantSystems.onThePlatformsBroker();

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    @Test
    void aMembersFinanceOfficerChecksAndReportsAPaymentIntoTheFund() throws Exception {
        Agreement network = networkWithFund("100.00");
        String path = "/agreements/" + network.id() + "/fund/payments/new";
        MockHttpSession finance = signIn(mvc, "hn-cs.finance_officer");

        assertThat(page(mvc, "/agreements/" + network.id(), finance, "en")).as("the agreement offers it to a payer")
                .contains("id=\"action-fund-payment\"", "Report a payment into the fund");
        String form = page(mvc, path, finance, "en");
        assertThat(form).contains("Report a payment into the fund", "Contributions the members agreed", "600.00 元",
                "name=\"participant\"", "value=\"HN-CS\"");
        String today = PeoplesDays.today().toString();
        String check = mvc.perform(post(path).session(finance).with(csrf()).header("Accept-Language", "en")
                        .param("submission", ticket(form)).param("participant", "HN-CS").param("amount", "250")
                        .param("paidOn", today))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check the payment into the fund before you report it", "250.00 元",
                "name=\"action\" value=\"report\"", "data-kept=\"answers\"");
        assertThat(funds.statement(network.id()).paidIn()).as("nothing recorded by the check").isEqualTo(Money.of("100.00"));

        mvc.perform(post(path).session(finance).with(csrf()).param("submission", ticket(form)).param("action", "report")
                        .param("participant", "HN-CS").param("amount", "250").param("paidOn", today))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "fund-payment"));
        FundStatement fund = funds.statement(network.id());
        assertThat(fund.paidIn()).isEqualTo(Money.of("350.00"));
        assertThat(fund.entries()).filteredOn(entry -> entry.kind() == FundEntryKind.PAY_IN)
                .extracting(FundStatement.Entry::actor).contains("hn-cs.finance_officer");
        assertThat(page(mvc, "/agreements/" + network.id(), signIn(mvc, "hn-zz.coordinator"), "zh-CN"))
                .as("the fund's ledger on the agreement, in the reader's words").contains("基金台账", "缴入", "350.00 元")
                .doesNotContain("id=\"action-fund-payment\"");
    }

    @Test
    void aPaymentIntoTheFundThatBreaksARuleIsNamedBesideItsFieldInEitherLanguage() throws Exception {
        Agreement network = networkWithFund("100.00");
        String path = "/agreements/" + network.id() + "/fund/payments/new";
        MockHttpSession finance = signIn(mvc, "hn-cs.finance_officer");
        String tomorrow = PeoplesDays.today().plusDays(1).toString();

        String english = mvc.perform(post(path).session(finance).with(csrf()).header("Accept-Language", "en")
                        .param("participant", "HN-CS").param("amount", "0").param("paidOn", tomorrow))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("href=\"#field-amount\"", "Enter the amount paid in yuan: more than zero",
                "href=\"#field-paidOn\"", "Enter the day it was paid, today or earlier");
        String chinese = mvc.perform(post(path).session(finance).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("participant", "HN-ZZ").param("amount", "0").param("paidOn", tomorrow))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("href=\"#field-participant\"", "请选择约定向基金出资、且由您担任财务人员的成员",
                "href=\"#field-amount\"", "请以元为单位填写大于零的缴款金额", "请填写缴款日期，不得晚于今天");

        mvc.perform(post(path).session(signIn(mvc, "hn-xt.finance_officer")).with(csrf())
                        .param("participant", "HN-XT").param("amount", "1").param("paidOn", tomorrow))
                .andExpect(status().isForbidden());
        assertThat(page(mvc, path, signIn(mvc, "hn-cs.coordinator"), "zh-CN"))
                .contains("只有约定向基金出资的成员的财务人员才能报告其缴款");
        mvc.perform(get("/agreements/" + network.id() + "/fund/payments/new").session(signIn(mvc, "sh.finance_officer")))
                .andExpect(status().isNotFound());
        assertThat(funds.statement(network.id()).paidIn()).as("nothing recorded").isEqualTo(Money.of("100.00"));
    }

    @Test
    void aProjectLedByAWorkingCircleAsksTheFundForPartOfItsBudget() throws Exception {
        Agreement network = networkWithFund("500.00");
        String path = "/agreements/" + network.id() + "/projects/new";
        MockHttpSession coordinator = signIn(mvc, "hn-cs.coordinator");
        String form = page(mvc, path, coordinator, "en");
        assertThat(form).contains("name=\"leadBody\"", "value=\"circle\"", "Mobility circle (working circle)",
                "name=\"fundPart\"", "500.00 元 is available now");
        assertThat(page(mvc, path, coordinator, "zh-CN")).contains("或由协议的机构牵头", "交通工作圈（专业工作圈）",
                "向协议基金申请的金额", "基金目前可用 500.00 元");

        MultiValueMap<String, String> project = project("Flood warning stations", "", "circle", "300", "300");
        project.add("submission", ticket(form));
        String check = mvc.perform(post(path).session(coordinator).with(csrf()).header("Accept-Language", "en")
                        .params(project))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check the project before you register it", "Led by the body", "Mobility circle",
                "Asked of the agreement’s fund", "300.00 元", "name=\"leadBody\" value=\"circle\"",
                "name=\"fundPart\" value=\"300\"", "held for the project at once");
        project.add("action", "register");
        mvc.perform(post(path).session(coordinator).with(csrf()).params(project))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "project-registration"));
        ProjectSummary registered = projects.ofAgreement(network.id(), ADMINISTRATOR).get(0);
        assertThat(registered.leadBody()).isEqualTo("circle");
        assertThat(registered.lead()).isNull();
        assertThat(funds.statement(network.id()).reserved()).as("held for it").isEqualTo(Money.of("300.00"));
        assertThat(page(mvc, "/agreements/" + network.id(), coordinator, "en")).as("the project's line says its fund part")
                .contains("Of its budget, 300.00 元 is asked of the agreement’s fund and held for it until Network working group decides");
        assertThat(page(mvc, "/agreements/" + network.id(), coordinator, "zh-CN"))
                .contains("预算中 300.00 元 向协议基金申请，已为其预留，待网络工作组决定");

        driver.fireTimer(network, "timer_term_ended");
        driver.awaitContinuations(network);
        for (Task confirmation : driver.openTasks(network, "user_confirm_settlement")) {
            tasks.complete(confirmation.getId(), Map.of("answer", "confirm"));
        }
        driver.awaitContinuations(network);
        for (Settlement.Transfer transfer : settlements.ofAgreement(network.id()).get(0).transfers()) {
            treasuries.send(FINANCE_REPORTS, network.id().toString(), UUID.randomUUID().toString(),
                    "urn:gov:" + transfer.payee().toLowerCase() + ":treasury", "org.regionalcoop.settlement.transfer-received.v1",
                    """
                    {"agreementId": "%s", "transferId": "%s", "participant": "%s", "amount": "%s"}"""
                            .formatted(network.id(), transfer.id(), transfer.payee(), transfer.amount())
                            .getBytes(StandardCharsets.UTF_8));
        }
        ParticipantSystems.eventually(() -> !driver.openTasks(network, "user_evaluate_agreement").isEmpty());
        String evaluation = "/tasks/" + driver.openTasks(network, "user_evaluate_agreement").get(0).getId();
        assertThat(page(mvc, evaluation, coordinator, "en")).as("the closure names the body leading a running project")
                .contains("Flood warning stations", "Mobility circle").doesNotContain(">circle<");
        assertThat(page(mvc, evaluation, coordinator, "zh-CN")).contains("交通工作圈");
    }

    @Test
    void aFundPartTheFundCannotPayAndTwoLeadsAreNamedBesideTheirFieldsInEitherLanguage() throws Exception {
        Agreement network = networkWithFund("500.00");
        String path = "/agreements/" + network.id() + "/projects/new";
        MockHttpSession coordinator = signIn(mvc, "hn-cs.coordinator");

        String english = mvc.perform(post(path).session(coordinator).with(csrf()).header("Accept-Language", "en")
                        .params(project("Too much", "HN-CS", "circle", "1000", "600")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("href=\"#field-leadBody\"",
                "Choose either a lead government or one of the agreement’s bodies, not both",
                "href=\"#field-fundPart\"", "at most the 500.00 元 the fund has available");
        String chinese = mvc.perform(post(path).session(coordinator).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(project("Above the budget", "", "", "100", "200")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("href=\"#field-lead\"", "请从协议参与方中选择牵头政府，或选择下方的牵头机构",
                "href=\"#field-fundPart\"", "不超过基金可用的 500.00 元");
        assertThat(projects.ofAgreement(network.id(), ADMINISTRATOR)).as("nothing registered").isEmpty();
        assertThat(funds.statement(network.id()).reserved()).isEqualTo(Money.of("0.00"));
    }

    /** The registration as typed: no grant, one milestone, the agreement's cost shares. */
    private static MultiValueMap<String, String> project(String name, String lead, String leadBody, String budget,
                                                         String fundPart) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        form.add("lead", lead);
        form.add("leadBody", leadBody);
        form.add("field", CooperationField.DISASTER_PREVENTION.name());
        form.add("location", "HN-CS");
        form.add("budget", budget);
        form.add("grantPart", "0");
        form.add("fundPart", fundPart);
        form.add("shares[HN-CS]", "50");
        form.add("shares[HN-ZZ]", "30");
        form.add("shares[HN-XT]", "20");
        form.add("milestones[0].name", "Delivered");
        form.add("milestones[0].dueDate", "2028-06-30");
        form.add("milestones[0].grantAmount", "0");
        return form;
    }

    private static String ticket(String page) {
        Matcher ticket = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(ticket.find()).as("the form carries its ticket").isTrue();
        return ticket.group(1);
    }

    private Agreement networkWithFund(String paidIn) {
        return FundNetwork.inForce(agreements, driver, funds, paidIn);
    }
}
