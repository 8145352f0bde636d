package org.regionalcoop.workbench;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.projects.ProjectFixtures;
import org.regionalcoop.projects.ProjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of a cooperation across a border, Shanghai with Tokyo settling in yen: Shanghai's finance officer reports
 * a contribution paid in yuan at the rate both agreed and sees what it counts for in yen before it binds, every bad
 * field named; the agreement and the settlement to confirm write their amounts in yen in both languages.
 */
@PlatformTest
class CrossBorderPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    @Autowired
    ProjectFixtures projectFixtures;

    @Autowired
    TaskService tasks;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    /**
     * Shanghai owes 40 % of a 10,000,000 yen project, 4,000,000 yen, and pays 190,000.03 yuan at the agreed 21.0526 yen
     * per yuan: 3,999,994.631578 yen, half up 3,999,995 yen.
     */
    @Test
    void aContributionPaidInYuanIsEnteredAsPaidWithTheAgreedRateAndCountsForItsConversionInYen() throws Exception {
        String project = project(inForce());
        MockHttpSession finance = WorkbenchLogin.signIn(mvc, "sh.finance_officer");
        String report = "/projects/" + project + "/payments/new";

        String form = WorkbenchLogin.page(mvc, report, finance, "en");
        assertThat(form).contains("4,000,000 JPY", "Paid in another currency than JPY?", "Agreed rate", "Rate agreed on")
                .contains("<details class=\"details payment-currency\" open=\"open\"");
        assertThat(form.indexOf("value=\"JPY\"")).as("the settlement currency first").isPositive()
                .isLessThan(form.indexOf("value=\"CNY\""));
        assertThat(WorkbenchLogin.page(mvc, report, finance, "zh-CN")).contains("4,000,000 日元", "以日元以外的币种缴款？",
                "缴款币种", "约定汇率", "人民币");

        assertThat(refused(report, finance, "en", payment("CNY", "190,000.03", "", "")))
                .contains("href=\"#field-rate\"", "href=\"#field-rateDate\"",
                        "Enter the rate the parties agreed: how many JPY one yuan is worth",
                        "Enter the day the parties agreed the rate, today or earlier")
                .doesNotContain("href=\"#field-amount\"");
        assertThat(refused(report, finance, "zh-CN", payment("CNY", "190,000.03", "21.0526", "2999-01-01")))
                .contains("href=\"#field-rateDate\"", "请填写各方约定汇率的日期，不得晚于今天");
        assertThat(refused(report, finance, "en", payment("RMB", "190,000.03", "21.0526", "2026-11-30")))
                .contains("href=\"#field-currency\"", "Choose the currency it was paid in from the list");
        assertThat(refused(report, finance, "en", payment("JPY", "3,999,995", "21.0526", "2026-11-30")))
                .contains("href=\"#field-rate\"", "A payment in JPY, the agreement’s settlement currency, has no rate");
        assertThat(refused(report, finance, "en", payment("JPY", "3,999,995.50", "", "")))
                .contains("href=\"#field-amount\"", "Enter the amount paid in JPY: more than zero, and in whole units");
        assertThat(refused(report, finance, "zh-CN", payment("CNY", "190,000.03", "-2", "2026-11-30")))
                .contains("href=\"#field-rate\"", "请填写各方约定的汇率：1 元折合多少日元");

        MultiValueMap<String, String> inYuan = payment("CNY", "１９0,000.03", "21.0526", "2026-11-30");
        String check = mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "en").params(inYuan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check the payment before you report it", "190,000.03 元",
                "1 yuan = 21.0526 JPY, agreed on 30 November 2026", "Counts in the settlement for", "3,999,995 JPY");
        assertThat(mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", "zh-CN").params(inYuan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("190,000.03 元", "1 元 = 21.0526 日元", "计入结算的金额", "3,999,995 日元");
        assertThat(payments(project)).isZero();

        mvc.perform(post(report).session(finance).with(csrf()).params(inYuan).param("action", "report"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "contribution"));
        assertThat(projectFixtures.payments(ProjectId.of(project), "SH")).singleElement()
                .extracting(ProjectFixtures.Payment::amount, ProjectFixtures.Payment::original)
                .containsExactly(Money.of("3999995"), new OriginalAmount(Money.of("190000.03"), CurrencyCode.of("CNY"),
                        "21.0526", LocalDate.of(2026, 11, 30)));
    }

    /**
     * Only Shanghai's 3,999,995 yen are paid in: Shanghai's 40 % of them is 1,599,998 yen, Tokyo's 60 % 2,399,997 yen,
     * which Tokyo owes Shanghai. The agreement, the settlement Shanghai confirms and its spreadsheet say it in yen.
     */
    @Test
    void theAgreementAndTheSettlementToConfirmShowTheirAmountsInYenInBothLanguages() throws Exception {
        String agreement = inForce();
        String project = project(agreement);
        MockHttpSession finance = WorkbenchLogin.signIn(mvc, "sh.finance_officer");
        mvc.perform(post("/projects/" + project + "/payments/new").session(finance).with(csrf())
                        .params(payment("CNY", "190000.03", "21.0526", "2026-11-30")).param("action", "report"))
                .andExpect(redirectedUrl("/done"));

        assertThat(WorkbenchLogin.page(mvc, "/agreements/" + agreement, finance, "en"))
                .contains("10,000,000 JPY", "4,000,000 JPY", "3,999,995 JPY").doesNotContain("元");
        assertThat(WorkbenchLogin.page(mvc, "/agreements/" + agreement, finance, "zh-CN"))
                .contains("10,000,000 日元", "3,999,995 日元").doesNotContain("3,999,995.00");

        lifecycle.fireTimer(agreements.current(AgreementId.of(agreement)), "timer_settlement_due");
        String confirmation = "/tasks/" + tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement + "%")
                .taskDefinitionKey("user_confirm_settlement").taskCandidateGroup("SH.finance_officer").singleResult().getId();
        assertThat(WorkbenchLogin.page(mvc, confirmation, finance, "en"))
                .contains("1,599,998 JPY", "2,399,997 JPY").doesNotContain("2,399,997.00");
        assertThat(WorkbenchLogin.page(mvc, confirmation, finance, "zh-CN"))
                .contains("1,599,998 日元", "2,399,997 日元");
        assertThat(mvc.perform(get("/agreements/" + agreement + "/settlements.csv").session(finance)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Amount (JPY)");
    }

    private String refused(String report, MockHttpSession finance, String language, MultiValueMap<String, String> payment)
            throws Exception {
        return mvc.perform(post(report).session(finance).with(csrf()).header("Accept-Language", language).params(payment))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    private static MultiValueMap<String, String> payment(String currency, String amount, String rate, String rateDate) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("participant", "SH");
        form.add("currency", currency);
        form.add("amount", amount);
        form.add("rate", rate);
        form.add("rateDate", rateDate);
        form.add("paidOn", PeoplesDays.today().minusDays(1).toString());
        return form;
    }

    private String inForce() throws IOException {
        return CrossBorderAgreements.inForce(anonymous, lifecycle, agreements);
    }

    private String project(String agreement) {
        return CrossBorderAgreements.project(anonymous, agreement, "Cruise terminal trade desk");
    }

    private int payments(String project) {
        return projectFixtures.payments(ProjectId.of(project)).size();
    }
}
