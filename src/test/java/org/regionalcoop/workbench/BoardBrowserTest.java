package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement board in a real browser, in English and in Chinese: the platform administrator sees every
 * agreement, a provincial agency's reviewer only the one its agency reviews; both filter it by stage and by
 * government through the form, whose parameters stay in the address; a long title leaves the other columns room. A participant's coordinator is not offered
 * the console. The board's pages go to {@code docs/screenshots/} with {@code -Dworkbench.screenshots=docs/screenshots}.
 */
@PlatformTest
class BoardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver driver;

    private final String mark = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void eachSeesWhatTheRuleShowsThemAndFiltersItInBothLanguages(TestInfo test) throws IOException {
        Agreement reviewed = propose("湘江轮渡 Xiang River ferries " + mark, "HN-CS", "HN-ZZ");
        driver.reachConsensus(reviewed);
        Agreement consulting = propose("株洲湘潭公交一体化及长株潭都市圈城际轨道与城市公交换乘票价优惠和运营补贴分担合作协议".repeat(3)
                        + " Zhuzhou-Xiangtan buses " + mark,
                "HN-ZZ", "HN-XT");
        Agreement elsewhere = propose("沪苏通勤 Shanghai-Jiangsu commuting " + mark, "SH", "JS");

        for (String language : List.of("en", "zh-CN")) {
            StaffBrowser.walk(port, language, test.getTestMethod().orElseThrow().getName() + "-" + language, browser -> {
                browser.signIn("admin");
                board(browser, "q=" + mark);
                assertThat(shown(browser)).containsExactlyInAnyOrder(id(reviewed), id(consulting), id(elsewhere));
                assertThat(browser.waitFor(By.id("funnel-chart")).getSize().getHeight()).isPositive();
                assertThat(browser.script("var chart = Chart.getChart('throughput-chart'); return [chart.options.scales.x.title.text, "
                        + "chart.options.scales.y.title.text, Chart.getChart('funnel-chart').options.scales.x.title.text]"))
                        .as("each axis says what it counts, in the reader's language")
                        .isEqualTo(language.equals("en") ? List.of("Week beginning (Monday)", "Agreements", "Number of agreements")
                                : List.of("周（自周一起）", "协议数（份）", "协议数（份）"));
                assertThat(browser.script("var chart = Chart.getChart('throughput-chart'); return [chart.options.plugins.legend.position, "
                        + "chart.data.labels.some(week => /20[0-9][0-9]/.test(week))]"))
                        .as("weeks named without their year below the plot, the legend beneath it, clear of the y axis's title")
                        .isEqualTo(List.of("bottom", false));
                browser.shoot("board-administrator");
                browser.shootNarrow("board-administrator");
                assertThat(browser.driver().findElements(By.cssSelector("tr.board-row td:nth-child(2) > span")))
                        .as("beside a long title, each stage stays on one line").allSatisfy(stage ->
                                assertThat((Long) browser.script("return arguments[0].getClientRects().length", stage)).isEqualTo(1L));
                filter(browser, "stage", "approval");
                assertThat(browser.driver().getCurrentUrl()).contains("stage=approval").contains("q=" + mark);
                assertThat(new Select(browser.waitFor(By.id("stage"))).getFirstSelectedOption().getAttribute("value"))
                        .as("the board shows the filter it applies").isEqualTo("approval");
                assertThat(shown(browser)).containsExactly(id(reviewed));
                onAPhone(browser, language);
                browser.switchLanguage(browser.otherLanguage());
                assertThat(browser.driver().getCurrentUrl()).as("the language switch keeps the filters (it once opened /board?lang=…)")
                        .contains("stage=approval").contains("q=" + mark);
                assertThat(shown(browser)).containsExactly(id(reviewed));
                browser.switchLanguage(language);
                filter(browser, "stage", "");
                filter(browser, "government", "HN-XT");
                assertThat(shown(browser)).containsExactly(id(consulting));
                assertThat(new Select(browser.waitFor(By.id("government"))).getFirstSelectedOption().getAttribute("value"))
                        .isEqualTo("HN-XT");
                filter(browser, "government", "");
                WebElement government = browser.waitFor(By.id("government"));
                new Select(government).selectByValue("HN-CS");
                government.sendKeys(Keys.ENTER);
                browser.until(ExpectedConditions.stalenessOf(government));
                browser.waitFor(By.id("board-filters"));
                assertThat(browser.driver().getCurrentUrl()).contains("government=HN-CS");
                assertThat(shown(browser)).as("Enter on a chosen filter shows the board, with no tabbing to the button")
                        .containsExactly(id(reviewed));
                filter(browser, "government", "");
                period(browser, "proposedFrom", "２０００年１月１日");
                assertThat(shown(browser)).as("a day typed in full-width digits").hasSize(3);
                period(browser, "proposedTo", "2000/12/31");
                assertThat(shown(browser)).isEmpty();
                assertThat(browser.driver().findElements(By.id("board-charts")))
                        .as("nothing matches: no charts over empty axes, the notice says so").isEmpty();
                browser.shoot("board-nothing-matches");
                browser.driver().manage().window().setSize(new Dimension(320, 900));
                assertThat(browser.waitFor(By.cssSelector("#board-empty a[href='/board']")).isDisplayed())
                        .as("nothing matches: the notice itself clears the filters, which a phone folds away").isTrue();
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));
                period(browser, "proposedTo", "31 Dec");
                assertThat(browser.text(By.cssSelector(".error-summary"))).as("an unreadable day is named, as typed")
                        .contains(language.equals("en") ? "Proposed until" : "提出日期止", "31 Dec");

                browser.signIn("hn-pca.reviewer");
                browser.click(By.cssSelector(".nav--console a[href$='/board']"));
                board(browser, "q=" + mark);
                assertThat(shown(browser)).containsExactly(id(reviewed));
                browser.shoot("board-agency");
                filter(browser, "government", "HN-XT");
                assertThat(shown(browser)).isEmpty();
                filter(browser, "government", "HN-CS");
                filter(browser, "stage", "consensus");
                assertThat(shown(browser)).isEmpty();
                filter(browser, "stage", "approval");
                assertThat(shown(browser)).containsExactly(id(reviewed));
                browser.click(By.cssSelector("a.board-link"));
                browser.until(ExpectedConditions.urlContains("/agreements/" + reviewed.id()));
                browser.translated();
            });
        }

        try (StaffBrowser browser = new StaffBrowser(port, "en")) {
            browser.signIn("hn-xt.coordinator");
            assertThat(browser.driver().findElements(By.cssSelector(".nav--console"))).isEmpty();
        }
    }

    /**
     * At 500 px the filters fold under their summary, so the first agreement is the first thing below the title, before
     * the charts; unfolded they keep the values the board applies, and a wide screen shows them open again.
     */
    private static void onAPhone(StaffBrowser browser, String language) {
        browser.driver().manage().window().setSize(new Dimension(500, 900));
        try {
            WebElement form = browser.waitFor(By.id("board-filters"));
            browser.until(page -> !form.isDisplayed());
            WebElement summary = browser.waitFor(By.cssSelector("#filters-panel > summary"));
            assertThat(summary.getText()).isEqualTo(language.equals("en") ? "Filters (2 applied)" : "筛选条件（已设 2 项）");
            int firstAgreement = browser.waitFor(By.cssSelector("tr.board-row")).getRect().getY();
            assertThat(firstAgreement).as("the first agreement on the first screen, before the charts")
                    .isLessThan(900).isLessThan(browser.waitFor(By.id("board-charts")).getRect().getY());
            assertThat(browser.waitFor(By.cssSelector("tr.board-row td")).getSize().getWidth())
                    .as("the title keeps a readable width (it once stood a character a line)").isGreaterThan(120);
            summary.click();
            assertThat(form.isDisplayed()).isTrue();
            assertThat(new Select(form.findElement(By.id("stage"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("approval");
            summary.click();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
        browser.fitsAPhone();
        browser.until(page -> page.findElement(By.id("board-filters")).isDisplayed());
    }

    @Test
    void aBookmarkedPagePastTheEndAndAReversedPeriodSayWhatIsWrong(TestInfo test) throws IOException {
        Agreement only = propose("洞庭湖湿地保护 Dongting wetlands " + mark, "HN-CS", "HN-XT");

        for (String language : List.of("en", "zh-CN")) {
            StaffBrowser.walk(port, language, test.getTestMethod().orElseThrow().getName() + "-" + language, browser -> {
                browser.signIn("admin");
                board(browser, "q=" + mark + "&offset=" + AgreementBoard.PAGE_SIZE * 3);
                assertThat(shown(browser)).isEmpty();
                assertThat(browser.driver().findElements(By.cssSelector("table.board"))).as("no table without rows").isEmpty();
                assertThat(browser.text(By.id("board-past-end")))
                        .contains(language.equals("en") ? "fill 1 page" : "只有 1 页");
                browser.shoot("board-past-end");
                browser.click(By.cssSelector("#board-past-end a"));
                browser.until(ExpectedConditions.urlContains("offset=0"));
                assertThat(shown(browser)).containsExactly(id(only));
                browser.driver().manage().window().setSize(new Dimension(500, 1000));
                browser.until(driver -> (Boolean) browser.script(
                        "return document.documentElement.scrollWidth <= window.innerWidth"));
                assertThat((Long) browser.script("return document.querySelector('tr.board-row td').offsetWidth"))
                        .as("on a narrow window the title keeps room for words; the table scrolls in its place")
                        .isGreaterThan(120L);
                browser.driver().manage().window().setSize(new Dimension(320, 900));
                // The charts redraw for the narrower window a frame or two after it shrinks.
                browser.until(driver -> (Boolean) browser.script("return Chart.getChart('funnel-chart').width <= 320"));
                assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("at 320 px the board is no wider than the phone").isTrue();
                assertThat((Boolean) browser.script("""
                        var cell = document.querySelector('tr.board-row td:last-child').getBoundingClientRect();
                        return cell.width > 0 && cell.left >= 0 && cell.right <= window.innerWidth"""))
                        .as("at 320 px a row's next deadline stands in view under the rest of its card, not off to the side")
                        .isTrue();
                assertThat((String) browser.script(
                        "return getComputedStyle(document.querySelector('tr.board-row td:last-child'), '::before').content"))
                        .as("the deadline is labelled with its column's heading")
                        .contains(language.equals("en") ? "Next deadline" : "下一个截止时间");
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));

                board(browser, "q=" + mark + "&proposedFrom=2027-05-01&proposedTo=2027-01-01");
                assertThat(browser.text(By.cssSelector(".error-summary"))).as("a readable day is not called unreadable")
                        .contains(language.equals("en") ? "is after the last day of the period" : "晚于结束日期");
            });
        }
    }

    private Agreement propose(String title, String... participants) {
        AgreementContent content = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", participants);
        return agreements.propose(new GovernmentCode(participants[0]), new AgreementContent(title, content.fields(),
                content.participants(), content.secretariat(), content.mode(), content.type(), content.term(),
                content.costShares(), content.benefitSharingRule(), content.compensationRule(),
                content.defectionPenalty(), content.supportRequests()), LifecycleDriver.coordinatorOf(participants[0]));
    }

    private void board(StaffBrowser browser, String query) {
        browser.open("/board?" + query.replace(mark, URLEncoder.encode(mark, StandardCharsets.UTF_8)));
        browser.waitFor(By.id("board-filters"));
    }

    /** Chooses a value of one of the form's selects and shows the board it asks for. */
    private void filter(StaffBrowser browser, String select, String value) {
        new Select(browser.waitFor(By.id(select))).selectByValue(value);
        show(browser);
    }

    /** Types a day into one of the period fields, as people write it, and shows the board it asks for. */
    private void period(StaffBrowser browser, String field, String day) {
        browser.type(By.id(field), day);
        show(browser);
    }

    private void show(StaffBrowser browser) {
        WebElement form = browser.waitFor(By.id("board-filters"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(ExpectedConditions.stalenessOf(form));
        browser.waitFor(By.id("board-filters"));
        browser.translated();
    }

    private static List<String> shown(StaffBrowser browser) {
        return browser.driver().findElements(By.cssSelector("tr.board-row")).stream()
                .map(row -> row.getAttribute("data-agreement")).toList();
    }

    private static String id(Agreement agreement) {
        return agreement.id().toString();
    }
}
