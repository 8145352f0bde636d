package org.regionalcoop.workbench;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform administrator in a real browser, in English and in Chinese: an agreement in approval drawn with
 * the review it waits for, one of its failed steps retried and a dead letter about it replayed, both then in its
 * timeline; a rejected agreement still drawn with the path it took, its timeline and its events, its page as narrow
 * as a phone's not wider than the screen; the operations page with its charts. Screenshots go to
 * {@code docs/screenshots/} with {@code -Dworkbench.screenshots=docs/screenshots}.
 */
@PlatformTest
class AgreementHistoryBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Failures failures;

    @Autowired
    RuntimeService runtime;

    @Test
    void theAdministratorFollowsAnAgreementAndRepairsItInEnglish(TestInfo test) throws Exception {
        explain("en", test);
    }

    @Test
    void theAdministratorFollowsAnAgreementAndRepairsItInChinese(TestInfo test) throws Exception {
        explain("zh-CN", test);
    }

    @Test
    void aGovernmentsCoordinatorWhoOpensTheConsolesAddressesReadsThePlatformsPagesInEnglish(TestInfo test) throws Exception {
        stranger("en", test);
    }

    @Test
    void aGovernmentsCoordinatorWhoOpensTheConsolesAddressesReadsThePlatformsPagesInChinese(TestInfo test) throws Exception {
        stranger("zh-CN", test);
    }

    /**
     * Shanghai's coordinator, without the console's roles, follows addresses a colleague shared: the operations page
     * (403), another government's agreement's history and the ledger download (404, as the API answers): each the
     * platform's page in their language with its header, never a bare error; the board shows only Shanghai's work.
     */
    private void stranger(String language, TestInfo test) throws Exception {
        boolean english = language.equals("en");
        Agreement theirs = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "ZJ", "AH");
        StaffBrowser.walk(port, language, test, browser -> {
            browser.signIn("sh.coordinator");
            for (Map.Entry<String, String> refused : List.of(
                    Map.entry("/operations", english ? "This page is not open to your role" : "您的角色无权查看此页面"),
                    Map.entry("/agreements/" + theirs.id() + "/history", english ? "Page not found" : "找不到页面"),
                    Map.entry("/money/programmes/1/ledger.csv", english ? "Page not found" : "找不到页面"))) {
                browser.open(refused.getKey());
                assertThat(browser.main()).as(refused.getKey()).contains(refused.getValue());
                assertThat(browser.driver().findElements(By.cssSelector("header .header__who")))
                        .as("the platform's header on %s", refused.getKey()).isNotEmpty();
                atAPhonesNarrowest(browser, "stranger" + refused.getKey().replaceAll("[^a-z0-9]+", "-") + "-" + language);
            }
            browser.open("/board");
            assertThat(browser.driver().findElements(By.cssSelector("main a[href*='" + theirs.id() + "']")))
                    .as("the board lists only what Shanghai's staff may see").isEmpty();
        });
    }

    /**
     * At 320 px, the narrowest phone a duty officer carries, the page needs no sideways scrolling (its tables and
     * diagrams scroll in their place); the screen as it is, in target/browser/.
     */
    private static void atAPhonesNarrowest(StaffBrowser browser, String shot) throws IOException {
        browser.driver().manage().window().setSize(new Dimension(320, 844));
        try {
            Files.createDirectories(Path.of("target", "browser"));
            Files.write(Path.of("target", "browser", shot + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            assertThat(((Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                    .as("pixels wider than a 320 px phone on %s", browser.driver().getCurrentUrl()).isLessThanOrEqualTo(0);
            assertThat((Boolean) browser.script("""
                    return [...document.querySelectorAll('.nav__inner a')].every(link =>
                        link.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(link).lineHeight));"""))
                    .as("each navigation link on one line at 320 px on %s (专项资金计划 broke in the middle)",
                            browser.driver().getCurrentUrl()).isTrue();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private void explain(String language, TestInfo test) throws Exception {
        boolean english = language.equals("en");
        Agreement inApproval = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        lifecycle.reachConsensus(inApproval);
        Incident incident = failures.incidentOn(inApproval);
        long deadLetter = failures.deadLetterAbout(inApproval);
        Agreement rejected = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "ZJ", "AH");
        lifecycle.reachConsensus(rejected);
        lifecycle.complete(rejected, "user_review_agreement", "CN-CCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", english ? "Duplicates a national programme" : "与国家项目重复"));
        StaffBrowser.walk(port, language, test, browser -> {
            browser.signIn("admin");
            browser.open("/agreements/" + inApproval.id() + "/history");
            browser.waitFor(By.cssSelector(".djs-element.diagram--current[data-element-id='user_review_agreement']"));
            browser.waitFor(By.cssSelector(".djs-element.diagram--current[data-element-id='call_approval']"));
            assertThat(browser.driver().findElements(By.cssSelector(".djs-element.diagram--current[data-element-id='call_approval']")))
                    .as("the lifecycle waits in its approval").hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector(".djs-element.diagram--passed[data-element-id='call_consensus']")))
                    .as("and passed consensus").hasSize(1);
            browser.translated();
            browser.shoot("12-agreement-history");
            atAPhonesNarrowest(browser, "history-320-" + language);

            failures.repair(incident);
            browser.submit(By.cssSelector("#incident-" + incident.getId() + " button[type=submit]"),
                    By.cssSelector(".panel--confirmation"));
            assertThat(browser.text(By.cssSelector(".timeline"))).contains(english ? "Failed step retried" : "重试失败步骤");
            await().atMost(PlatformTest.PATIENCE).until(() -> runtime.createIncidentQuery().incidentId(incident.getId()).count() == 0);

            browser.submit(By.cssSelector("#dead-letter-" + deadLetter + " button[type=submit]"),
                    By.cssSelector(".panel--confirmation"));
            assertThat(browser.text(By.cssSelector(".panel--confirmation"))).contains(english ? "sent back to its topic" : "已发回原主题");
            assertThat(browser.text(By.cssSelector(".timeline"))).contains(english ? "Dead letter replayed" : "重放死信");
            await().atMost(PlatformTest.PATIENCE).until(() -> failures.sameAs(deadLetter).size() == 2);
            browser.shoot("13-retried-and-replayed");

            browser.open("/agreements/" + rejected.id() + "/history");
            browser.waitFor(By.cssSelector(".djs-element.diagram--passed[data-element-id='end_agreement_rejected']"));
            assertThat(browser.driver().findElements(By.cssSelector(".djs-element.diagram--current")))
                    .as("a closed agreement waits nowhere").isEmpty();
            assertThat(browser.text(By.id("events"))).contains("org.regionalcoop.approval.decided.v1");
            assertThat(browser.text(By.cssSelector(".timeline"))).contains(english ? "Duplicates a national programme" : "与国家项目重复");
            browser.shoot("14-closed-agreement-history");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("on a phone the events' table scrolls in its place, the page does not widen").isTrue();
            browser.driver().manage().window().setSize(new Dimension(320, 844));
            assertThat((Boolean) browser.script("""
                    const lines = cell => {
                        const text = document.createRange();
                        text.selectNodeContents(cell);
                        return new Set([...text.getClientRects()].map(line => Math.round(line.top))).size;
                    };
                    const cells = [...document.querySelectorAll('#events td.when')];
                    return cells.length > 0 && cells.every(cell => lines(cell) === 1);"""))
                    .as("at 320 px each moment of the events stays on one line (it stood a character a line)").isTrue();
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("and the page still does not widen").isTrue();
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));

            browser.open("/operations");
            browser.until(driver -> (Boolean) browser.script(
                    "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('chart-stages'))"));
            assertThat((Boolean) browser.script("""
                    const chart = Chart.getChart(document.getElementById('chart-stages'));
                    return chart.data.labels.length > 5 && chart.scales.y.ticks.length === chart.data.labels.length;"""))
                    .as("each bar of agreements by status keeps its label, none is read as its neighbour's").isTrue();
            browser.driver().manage().window().setSize(new Dimension(500, 1000));
            browser.until(driver -> (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"));
            assertThat((Boolean) browser.script("""
                    const cell = document.querySelector('#throughput tbody td');
                    return cell.offsetHeight < 3 * parseFloat(getComputedStyle(cell).lineHeight);"""))
                    .as("a throughput window's name (5 min, 1 h) stays on one line").isTrue();
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            assertThat(browser.main()).contains(english ? "Events waiting to be published" : "等待发布的事件");
            assertThat((Boolean) browser.script("""
                    const buttons = [...document.querySelectorAll('.dead-letters button')];
                    return buttons.length > 0 && buttons.every(button =>
                        button.offsetHeight < 2 * parseFloat(getComputedStyle(button).lineHeight));"""))
                    .as("the operations page offers Replay, its word on one line").isTrue();
            browser.shoot("15-operations");
            atAPhonesNarrowest(browser, "operations-320-" + language);
            browser.driver().manage().window().setSize(new Dimension(500, 900));
            assertThat((Boolean) browser.script("""
                    const cells = [...document.querySelectorAll('main table tr > :first-child')];
                    const longest = cell => Math.max(0, ...cell.innerText.split(/\\s+/).filter(word => /^[A-Za-z]+$/.test(word))
                        .map(word => word.length));
                    return cells.length > 0 && cells.every(cell => cell.offsetWidth >= longest(cell) * 5);"""))
                    .as("on a phone each table's first column keeps its words whole (\"Window\" once stood a letter a line)")
                    .isTrue();
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        });
    }
}
