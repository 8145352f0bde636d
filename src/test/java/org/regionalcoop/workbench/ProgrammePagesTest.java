package org.regionalcoop.workbench;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.grants.internal.GrantProcess;
import org.regionalcoop.kernel.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grant programmes' pages: the console on which an agency's administrator opens a budget year, the balances
 * and ledger of a programme, and the ledger as a spreadsheet read byte by byte.
 */
@PlatformTest
class ProgrammePagesTest {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    WebApplicationContext context;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Grants grants;

    @Autowired
    TaskService tasks;

    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate anonymous;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anAgencysAdministratorOpensABudgetYearOnTheConsoleAndEveryBadFieldIsNamedInChinese() throws Exception {
        MockHttpSession hunan = signIn("hn-pca.leader");
        String refused = mvc.perform(post("/money/programmes").with(csrf()).session(hunan)
                        .header("Accept-Language", "zh-CN").param("agency", "HN-PCA").param("supportType", "fiscal-transfer")
                        .param("year", "二〇七一").param("budget", "1,000.005"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请以元为单位输入预算", "请输入从今年起");
        String noYear = mvc.perform(post("/money/programmes").with(csrf()).session(hunan)
                        .header("Accept-Language", "zh-CN").param("agency", "HN-PCA").param("supportType", "fiscal-transfer")
                        .param("year", "1999").param("budget", "1,000.00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noYear).contains("请输入从今年起").doesNotContain("must be between");
        String thisYear = String.valueOf(PeoplesDays.today().getYear());
        String twice = mvc.perform(post("/money/programmes").with(csrf()).session(hunan)
                        .header("Accept-Language", "zh-CN").param("agency", "HN-PCA").param("supportType", "fiscal-transfer")
                        .param("year", thisYear).param("budget", "1,000.00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(twice).as("a year the programme has already is named as such")
                .contains("该专项资金计划（财政转移支付）已设立 " + thisYear + " 预算年度").doesNotContain("already has");

        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(mvc.perform(get("/money/programmes").session(hunan)).andReturn().getResponse().getContentAsString());
        assertThat(ticket.find()).as("the opening form carries its ticket").isTrue();
        MvcResult opened = mvc.perform(post("/money/programmes").with(csrf()).session(hunan).header("Accept-Language", "en")
                        .param("agency", "HN-PCA").param("supportType", "infrastructure-investment")
                        .param("year", "2071").param("budget", "１,２５０,０００.００").param("submission", ticket.group(1)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(mvc.perform(post("/money/programmes").with(csrf()).session(hunan).header("Accept-Language", "zh-CN")
                        .param("agency", "HN-PCA").param("supportType", "infrastructure-investment")
                        .param("year", "2071").param("budget", "１,２５０,０００.００").param("submission", ticket.group(1)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .as("sent again (a double click): opened once, and not refused as a year already open")
                .contains("此表单已经提交过").doesNotContain("已设立");
        String page = opened.getResponse().getRedirectedUrl();
        String programme = mvc.perform(get(page).session(hunan).header("Accept-Language", "en")
                        .flashAttrs(opened.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(programme).contains("Budget year 2071 is open", "1,250,000.00 元", "id=\"budget-chart\"",
                "/webjars/chart.js/dist/chart.umd.js", "hn-pca.leader");

        MockHttpSession shanghai = signIn("sh.coordinator");
        mvc.perform(get(page).session(shanghai)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/money/programmes/xyz").session(hunan).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .as("a programme number typed by hand that is none is the page saying so, with the whole header, not JSON")
                .contains("找不到页面", "href=\"/money/programmes\"").doesNotContain("\"errors\"");
        mvc.perform(post("/money/programmes").with(csrf()).session(shanghai).param("agency", "HN-PCA")
                .param("supportType", "tax-preference").param("year", "2072").param("budget", "1.00"))
                .andExpect(status().isForbidden());
        assertThat(anonymous.getForEntity("/webjars/chart.js/dist/chart.umd.js", String.class).getStatusCode().is2xxSuccessful())
                .as("the chart library is served from the jar").isTrue();
    }

    /** The spreadsheet opens in Chinese spreadsheet software: a byte-order mark, Chinese headers, exact fen. */
    @Test
    void theLedgerDownloadIsUtf8WithAByteOrderMarkChineseHeadersAndExactDecimals() throws Exception {
        Agreement agreement = driver.proposeAsking(List.of(new SupportRequest(SupportType.FISCAL_TRANSFER,
                Money.of("1234567.89"), "湘江沿岸交通")), "HN-CS", "HN-ZZ");
        runtime.startProcessInstanceByKey(GrantProcess.KEY, agreement.id().toString(),
                Map.of(GrantProcess.VAR_AGREEMENT_ID.name(), agreement.id().toString()));
        Task decision = tasks.createTaskQuery().processInstanceBusinessKey(agreement.id().toString())
                .taskDefinitionKey(GrantProcess.USER_DECIDE_GRANT).singleResult();
        tasks.complete(decision.getId(), Map.of(GrantProcess.VAR_GRANT_DECISION.name(), "partial",
                GrantProcess.VAR_AWARDED_AMOUNT.name(), "123456.78", GrantProcess.VAR_REASON.name(), "本年度预算所限，部分批准"));
        long programme = grants.of(agreement.id()).get(0).programmeId();

        byte[] csv = mvc.perform(get("/money/programmes/{id}/ledger.csv", programme).session(signIn("hn-pca.grant_officer"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(csv, 3)).as("byte-order mark").isEqualTo(BYTE_ORDER_MARK);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("记录号,记录时间（中国时间，UTC+8）,变动,金额（元）,协议,协议名称,政策支持,项目,里程碑,操作人,原因");
        String id = agreement.id().toString();
        assertThat(text.lines().filter(line -> line.contains(id)).toList()).as("the agreement's entries").satisfiesExactly(
                reserve -> assertThat(reserve).contains(",预留,740740.73," + id + ",\"" + agreement.current().content().title() + "\",")
                        .as("a time spreadsheets read as one").matches("\\d+,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},.*"),
                award -> assertThat(award).contains(",批准,123456.78," + id).endsWith(",本年度预算所限，部分批准"),
                release -> assertThat(release).contains(",释放,617283.95," + id));
        assertThat(mvc.perform(get("/money/programmes/{id}/ledger.csv", programme).session(signIn("sh.coordinator")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        String page = mvc.perform(get("/money/programmes/{id}", programme).session(signIn("hn-pca.grant_officer"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the page's ledger names each agreement as the sheet does (it read 'Open the agreement' on every row)")
                .contains("href=\"/agreements/" + id + "\" class=\"written\">" + agreement.current().content().title() + "</a>");
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private MockHttpSession signIn(String user) throws Exception {
        return WorkbenchLogin.signIn(mvc, user);
    }
}
