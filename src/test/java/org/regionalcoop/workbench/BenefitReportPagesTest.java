package org.regionalcoop.workbench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.settlement.SettlementFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The benefit report page of the Shanghai–Tokyo agreement settling in yen: Shanghai's finance officer records the tax
 * base Shanghai received in yuan at the rate both agreed, every bad field named next to it in both languages; the
 * agreement page lists the report with what it counts for in yen, and offers the page only to the participants' staff.
 */
@PlatformTest
class BenefitReportPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    @Autowired
    SettlementFixture settlementFixture;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    /** 1,000,000.00 yuan at the agreed 21.0526 yen per yuan: 21,052,600 yen. */
    @Test
    void aBenefitReceivedInYuanIsRecordedWithTheAgreedRateAndCountsForItsConversionInYen() throws Exception {
        String agreement = CrossBorderAgreements.inForce(anonymous, lifecycle, agreements);
        MockHttpSession finance = WorkbenchLogin.signIn(mvc, "sh.finance_officer");
        String page = "/agreements/" + agreement + "/benefit-reports/new";

        assertThat(WorkbenchLogin.page(mvc, "/agreements/" + agreement, finance, "en"))
                .contains("id=\"action-benefit\"", "Record a benefit report");
        assertThat(WorkbenchLogin.page(mvc, "/agreements/" + agreement, WorkbenchLogin.signIn(mvc, "jp-tk.leader"), "en"))
                .as("a leader records no benefit report").doesNotContain("id=\"action-benefit\"");
        String form = WorkbenchLogin.page(mvc, page, finance, "en");
        assertThat(form).contains("Record a benefit report", "by the agreement’s cost shares", "Paid in another currency than JPY?")
                .contains("<option value=\"SH\" selected=\"selected\"");
        assertThat(WorkbenchLogin.page(mvc, page, finance, "zh-CN")).contains("登记收益报告", "报告方", "取得的收益", "约定汇率");

        assertThat(refused(page, finance, "en", benefit("SH", "CNY", "1,000,000", "", "", "2999-12-31", "2999-01-01")))
                .contains("href=\"#field-rate\"", "Enter the rate the parties agreed: how many JPY one yuan is worth",
                        "href=\"#field-rateDate\"", "Enter the day the parties agreed the rate, today or earlier",
                        "href=\"#field-periodStart\"", "Enter the day the period starts, today or earlier",
                        "href=\"#field-periodEnd\"", "Enter the day the period ends, not before it starts")
                .doesNotContain("href=\"#field-amount\"");
        assertThat(refused(page, finance, "en", benefit("SH", "CNY", "-5", "21.0526", "2026-11-30", "2026-01-01", "2026-06-30")))
                .contains("href=\"#field-amount\"");
        assertThat(refused(page, finance, "zh-CN", benefit("SH", "CNY", "1000000", "21.0526", "2026-11-30", "", "2026-06-30")))
                .contains("href=\"#field-periodStart\"", "请填写期间开始日期，不得晚于今天");
        assertThat(refused(page, finance, "en", benefit("SH", "JPY", "1000", "21.0526", "2026-11-30", "2026-01-01", "2026-06-30")))
                .contains("href=\"#field-rate\"", "A payment in JPY, the agreement’s settlement currency, has no rate");
        assertThat(refused(page, finance, "en", benefit("", "JPY", "1000.50", "", "", "2026-01-01", "2026-06-30")))
                .contains("href=\"#field-participant\"", "Choose your own government among the participants",
                        "href=\"#field-amount\"", "in whole units for a currency without cents");
        MultiValueMap<String, String> unreadable = benefit("", "JPY", "1000", "", "", "31 Dec", "2026-06-30");
        unreadable.set("description", "税".repeat(1001));
        assertThat(refused(page, finance, "zh-CN", unreadable))
                .as("a day the page cannot read does not hide the module's rules until the next send")
                .contains("href=\"#field-periodStart\"", "请将“", "href=\"#field-participant\"", "请从参与方中选择本政府",
                        "href=\"#field-description\"", "请说明收益内容").doesNotContain("must", "characters");
        mvc.perform(post(page).session(finance).with(csrf())
                        .params(benefit("JP-TK", "JPY", "1000", "", "", "2026-01-01", "2026-06-30")))
                .andExpect(status().isForbidden());
        assertThat(settlementFixture.benefitReports(AgreementId.of(agreement))).isEmpty();

        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(form);
        assertThat(ticket.find()).as("the form carries its ticket").isTrue();
        MultiValueMap<String, String> sent = benefit("SH", "CNY", "１,000,000.00", "21.0526", "2026-11-30", "2026-01-01",
                "2026-06-30");
        sent.add("submission", ticket.group(1));
        mvc.perform(post(page).session(finance).with(csrf()).params(sent))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "benefit-report"));
        assertThat(mvc.perform(post(page).session(finance).with(csrf()).header("Accept-Language", "zh-CN").params(sent))
                .andReturn().getResponse().getContentAsString())
                .as("sent again (a double click): recorded once, below").contains("此表单已经提交过");
        assertThat(settlementFixture.benefitReports(AgreementId.of(agreement))).singleElement().satisfies(report -> {
            assertThat(report.participant().value()).isEqualTo("SH");
            assertThat(report.amount()).isEqualTo(Money.of("21052600.00"));
            assertThat(report.original().currency().code()).isEqualTo("CNY");
            assertThat(report.reportedBy()).isEqualTo("sh.finance_officer");
            assertThat(report.original().amount().yuan()).isEqualByComparingTo("1000000.00");
            assertThat(new BigDecimal(report.original().rate())).isEqualByComparingTo("21.0526");
        });
        assertThat(lifecycle.audit(AgreementId.of(agreement))).filteredOn(entry -> entry.kind().equals("benefit-report"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("21052600.00");
                    assertThat(entry.path()).isEqualTo("task");
                });

        assertThat(WorkbenchLogin.page(mvc, "/agreements/" + agreement, finance, "en"))
                .contains("Benefit reports", "21,052,600 JPY", "received as 1,000,000.00 元 at 21.0526",
                        "1 January 2026 to 30 June 2026", "Benefit report: 21,052,600 JPY");
        assertThat(WorkbenchLogin.page(mvc, "/agreements/" + agreement, finance, "zh-CN"))
                .contains("收益报告", "21,052,600 日元", "实收 1,000,000.00 元");
    }

    private String refused(String page, MockHttpSession session, String language, MultiValueMap<String, String> form)
            throws Exception {
        return mvc.perform(post(page).session(session).with(csrf()).header("Accept-Language", language).params(form))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    private static MultiValueMap<String, String> benefit(String participant, String currency, String amount, String rate,
                                                         String rateDate, String periodStart, String periodEnd) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("participant", participant);
        form.add("currency", currency);
        form.add("amount", amount);
        form.add("rate", rate);
        form.add("rateDate", rateDate);
        form.add("periodStart", periodStart);
        form.add("periodEnd", periodEnd);
        form.add("description", "Corporate tax of the port's joint logistics company");
        return form;
    }
}
