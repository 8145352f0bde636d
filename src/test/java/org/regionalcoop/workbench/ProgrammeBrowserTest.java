package org.regionalcoop.workbench;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.grants.internal.GrantProcess;
import org.regionalcoop.kernel.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform administrator in a real browser: opens a budget year of Jiangsu's fiscal-transfer programme on the
 * console, sees the programme's balances and chart, opens this year's ledger, where a grant just reserved money, and
 * downloads the ledger as a spreadsheet in the page's language; once in English, once in Chinese. Screenshots go
 * to {@code docs/screenshots/} with {@code -Dworkbench.screenshots=docs/screenshots}, evidence of a failure to
 * {@code target/browser/}.
 */
@PlatformTest
class ProgrammeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    RuntimeService runtime;

    @Test
    void theAdministratorOpensABudgetYearSeesTheChartAndDownloadsTheLedgerInEnglish(TestInfo test) throws IOException {
        walkThrough("en", "2081", test);
    }

    @Test
    void theAdministratorOpensABudgetYearSeesTheChartAndDownloadsTheLedgerInChinese(TestInfo test) throws IOException {
        walkThrough("zh-CN", "2082", test);
    }

    private void walkThrough(String language, String year, TestInfo test) throws IOException {
        boolean english = language.equals("en");
        Agreement agreement = jiangsuAgreementAskingForAFiscalTransfer(english ? "Nanjing-Suzhou rail fund" : "宁苏铁路专项资金");
        StaffBrowser.walk(port, language, test, browser -> {
            browser.signIn("cn-cca.platform_administrator");
            browser.click(By.linkText(english ? "Grant programmes" : "专项资金计划"));
            browser.waitFor(By.id("programmes"));
            browser.translated();
            new Select(browser.waitFor(By.id("field-agency"))).selectByValue("JS-PCA");
            new Select(browser.waitFor(By.id("field-supportType"))).selectByValue("fiscal-transfer");
            browser.type(By.id("field-year"), year);
            browser.type(By.id("field-budget"), "2,500,000.00");
            browser.shoot("money-01-programmes");
            browser.submit(By.id("open-year"), By.cssSelector(".panel--confirmation"));

            assertThat(browser.text(By.cssSelector(".panel--confirmation"))).contains(year);
            assertThat(browser.text(By.id("balances"))).contains(year, "2,500,000.00 元");
            assertThat((Boolean) browser.script("return Chart.getChart(document.getElementById('budget-chart')) !== undefined"))
                    .as("the chart is drawn").isTrue();
            browser.shoot("money-02-programme");
            browser.driver().manage().window().setSize(new Dimension(500, 1000));
            // The chart follows the window's new width a frame later (a full-page screenshot widened it just before).
            browser.until(driver -> (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"));
            assertThat((Boolean) browser.script("""
                    const year = document.querySelector('#balances td');
                    return year.getClientRects().length === 1 && year.offsetHeight < 3 * parseFloat(getComputedStyle(year).lineHeight)
                        && document.documentElement.scrollWidth <= window.innerWidth;"""))
                    .as("on a narrow window a year stays on one line and the table scrolls in its place").isTrue();
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));

            String programmePage = browser.driver().getCurrentUrl();
            browser.open("/money/programmes");
            new Select(browser.waitFor(By.id("field-agency"))).selectByValue("JS-PCA");
            new Select(browser.waitFor(By.id("field-supportType"))).selectByValue("fiscal-transfer");
            browser.type(By.id("field-year"), year);
            browser.type(By.id("field-budget"), "2,500,000.00");
            browser.submit(By.id("open-year"), By.cssSelector(".error-summary"));
            assertThat(browser.text(By.cssSelector(".error-summary a[href='#field-year']")))
                    .as("the year opened twice is refused, its summary leading to the year").contains(year);
            assertThat(browser.waitFor(By.id("field-budget")).getAttribute("value")).as("what was typed stays")
                    .isEqualTo("2,500,000.00");
            browser.shoot("money-01b-year-refused");
            browser.driver().get(programmePage);
            browser.waitFor(By.id("balances"));

            String thisYear = String.valueOf(PeoplesDays.today().getYear());
            browser.submit(By.xpath("//table[@id='balances']//tr[td[1]='" + thisYear + "']//a"), By.id("ledger"));
            assertThat(browser.text(By.id("ledger"))).contains(english ? "Reserved" : "预留", "300,000.00 元");
            browser.shoot("money-03-ledger");

            String href = browser.waitFor(By.id("ledger-csv")).getAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(response => response.arrayBuffer().then(bytes => done({
                        status: response.status, type: response.headers.get('content-type'),
                        disposition: response.headers.get('content-disposition'),
                        head: Array.from(new Uint8Array(bytes).slice(0, 3)),
                        text: new TextDecoder('utf-8').decode(new Uint8Array(bytes).slice(3))})));
                    """, href);
            assertThat(download.get("status")).isEqualTo(200L);
            assertThat(download.get("type").toString()).startsWith("text/csv");
            assertThat(download.get("disposition").toString()).startsWith("attachment");
            assertThat(download.get("head")).as("byte-order mark").isEqualTo(List.of(0xEFL, 0xBBL, 0xBFL));
            String csv = download.get("text").toString();
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith(english ? "Entry,Recorded at: China Time (UTC+8),Movement,Amount (yuan)"
                    : "记录号,记录时间（中国时间，UTC+8）,变动,金额（元）");
            assertThat(csv).contains((english ? ",Reserved," : ",预留,") + "300000.00," + agreement.id());
        });
    }

    /** Nanjing and Suzhou ask for 1,000,000.00: the east's 30 % is reserved in Jiangsu's programme of this year. */
    private Agreement jiangsuAgreementAskingForAFiscalTransfer(String description) {
        Agreement agreement = driver.proposeAsking(List.of(new SupportRequest(SupportType.FISCAL_TRANSFER,
                Money.of("1000000.00"), description)), "JS-NJ", "JS-SZ");
        runtime.startProcessInstanceByKey(GrantProcess.KEY, agreement.id().toString(),
                Map.of(GrantProcess.VAR_AGREEMENT_ID.name(), agreement.id().toString()));
        return agreement;
    }

}
