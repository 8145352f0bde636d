package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.projects.ProjectFixtures;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.settlement.BenefitReport;
import org.regionalcoop.settlement.Settlements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shanghai's finance officer reports in a real browser a contribution to the Shanghai–Tokyo yen project paid in yuan at
 * the agreed rate, sees what it counts for in yen before it binds, and reports it; then records from the agreement page a
 * tax base Shanghai received in yuan as its benefit report, listed in yen; once in English and once in Chinese,
 * where no page may show an English word.
 */
@PlatformTest
class CrossBorderBrowserTest {

    private static final By CONTINUE = By.cssSelector("button[value=check]");
    private static final By REPORT = By.cssSelector("button[value=report]");
    private static final By CONFIRMED = By.cssSelector(".panel--confirmation");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    @Autowired
    ProjectFixtures projectFixtures;

    @Autowired
    Settlements settlements;

    @Test
    void aContributionPaidInYuanIsReportedWithItsConversionInEnglish(TestInfo test) throws IOException {
        report("en", test);
    }

    @Test
    void aContributionPaidInYuanIsReportedWithItsConversionInChinese(TestInfo test) throws IOException {
        report("zh-CN", test);
    }

    private void report(String language, TestInfo test) throws IOException {
        String agreement = CrossBorderAgreements.inForce(anonymous, lifecycle, agreements);
        String project = CrossBorderAgreements.project(anonymous, agreement,
                language.equals("en") ? "Cruise terminal trade desk" : "邮轮码头贸易服务台");
        StaffBrowser.walk(port, language, test, staff -> {
            staff.signIn("sh.finance_officer");
            staff.open("/projects/" + project + "/payments/new");
            new Select(staff.waitFor(By.id("field-currency"))).selectByValue("CNY");
            staff.type(By.id("field-rate"), "21.0526");
            staff.type(By.id("field-rateDate"), "2026-11-30");
            staff.type(By.id("field-amount"), "190,000.03");
            staff.type(By.id("field-paidOn"), PeoplesDays.today().minusDays(1).toString());
            staff.shoot("16-contribution-in-another-currency");
            staff.submit(CONTINUE, REPORT);
            assertThat(staff.main()).contains("190,000.03 元",
                    staff.chinese() ? "1 元 = 21.0526 日元" : "1 yuan = 21.0526 JPY",
                    staff.chinese() ? "3,999,995 日元" : "3,999,995 JPY");
            staff.shoot("17-contribution-conversion");
            staff.submit(REPORT, CONFIRMED);

            staff.open("/agreements/" + agreement);
            staff.submit(By.id("action-benefit"), By.id("record-benefit"));
            new Select(staff.waitFor(By.id("field-currency"))).selectByValue("CNY");
            staff.type(By.id("field-rate"), "21.0526");
            staff.type(By.id("field-rateDate"), "2026-11-30");
            staff.type(By.id("field-amount"), "1,000,000");
            staff.type(By.id("field-periodStart"), "2026-01-01");
            staff.type(By.id("field-periodEnd"), "2026-06-30");
            staff.type(By.id("field-description"), staff.chinese() ? "港口联合物流公司缴纳的企业所得税" : "Corporate tax of the port's joint logistics company");
            staff.shoot("18-benefit-report-in-another-currency");
            staff.submit(By.id("record-benefit"), CONFIRMED);
            staff.open("/agreements/" + agreement);
            assertThat(staff.text(By.id("benefits"))).contains(staff.chinese() ? "21,052,600 日元" : "21,052,600 JPY",
                    staff.chinese() ? "实收 1,000,000.00 元" : "received as 1,000,000.00 元");
            staff.shoot("19-benefit-report-on-the-agreement");
        });
        assertThat(projectFixtures.payments(ProjectId.of(project))).singleElement()
                .extracting(ProjectFixtures.Payment::amount).isEqualTo(Money.of("3999995"));
        assertThat(settlements.benefitReports(AgreementId.of(agreement), LifecycleDriver.ADMINISTRATOR)).singleElement()
                .extracting(BenefitReport::amount).isEqualTo(Money.of("21052600.00"));
    }
}
