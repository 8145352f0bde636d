package org.regionalcoop.workbench;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.Failures;
import org.regionalcoop.HeadlessChromium;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform administrator in a real browser, in English and in Chinese: an agreement in approval drawn with
 * the review it waits for, one of its failed steps retried and a dead letter about it replayed, both then in its
 * timeline; a rejected agreement still drawn with the path it took, its timeline and its events; the operations
 * page with its charts. Screenshots go to {@code docs/screenshots/} with {@code -Dworkbench.screenshots=docs/screenshots}.
 */
@PlatformTest
class AgreementHistoryBrowserTest {

    private static final Path EVIDENCE = Path.of("target", "browser");
    private static final String SCREENSHOTS = System.getProperty("workbench.screenshots", "");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Failures failures;

    @Autowired
    RuntimeService runtime;

    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(HeadlessChromium.options(1280, 1000).addArguments("--hide-scrollbars"));
        waiting = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorFollowsAnAgreementAndRepairsItInEnglish(TestInfo test) throws Exception {
        explain("en", test);
    }

    @Test
    void theAdministratorFollowsAnAgreementAndRepairsItInChinese(TestInfo test) throws Exception {
        explain("zh-CN", test);
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
        try {
            signIn("admin", language);
            browser.get(url("/agreements/" + inApproval.id() + "/history"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".djs-element.diagram--current[data-element-id='user_review_agreement']")));
            assertThat(browser.findElements(By.cssSelector(".djs-element.diagram--current[data-element-id='call_approval']")))
                    .as("the lifecycle waits in its approval").hasSize(1);
            assertThat(browser.findElements(By.cssSelector(".djs-element.diagram--passed[data-element-id='call_consensus']")))
                    .as("and passed consensus").hasSize(1);
            shoot(language, "12-agreement-history");

            failures.repair(incident);
            click(By.cssSelector("#incident-" + incident.getId() + " button[type=submit]"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));
            assertThat(text(".timeline")).contains(english ? "Failed step retried" : "重试失败步骤");
            await().atMost(PlatformTest.PATIENCE).until(() -> runtime.createIncidentQuery().incidentId(incident.getId()).count() == 0);

            click(By.cssSelector("#dead-letter-" + deadLetter + " button[type=submit]"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));
            assertThat(text(".panel--confirmation")).contains(english ? "sent back to its topic" : "已发回原主题");
            assertThat(text(".timeline")).contains(english ? "Dead letter replayed" : "重放死信");
            await().atMost(PlatformTest.PATIENCE).until(() -> failures.sameAs(deadLetter).size() == 2);
            shoot(language, "13-retried-and-replayed");

            browser.get(url("/agreements/" + rejected.id() + "/history"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".djs-element.diagram--passed[data-element-id='end_agreement_rejected']")));
            assertThat(browser.findElements(By.cssSelector(".djs-element.diagram--current"))).as("a closed agreement waits nowhere").isEmpty();
            assertThat(text("#events")).contains("org.regionalcoop.approval.decided.v1");
            assertThat(text(".timeline")).contains(english ? "Duplicates a national programme" : "与国家项目重复");
            shoot(language, "14-closed-agreement-history");

            browser.get(url("/operations"));
            waiting.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('chart-throughput'))"));
            assertThat(text("main")).contains(english ? "Events waiting to be published" : "等待发布的事件");
            shoot(language, "15-operations");
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private void signIn(String user, String language) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + language));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PlatformTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".header__who")));
    }

    private void click(By target) {
        var element = waiting.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shoot(String language, String page) throws IOException {
        if (SCREENSHOTS.isBlank()) {
            return;
        }
        Path directory = Path.of(SCREENSHOTS);
        Files.createDirectories(directory);
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
        Files.write(directory.resolve(language + "-" + page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    private void keepEvidence(TestInfo test) throws IOException {
        Files.createDirectories(EVIDENCE);
        String name = test.getTestMethod().orElseThrow().getName();
        Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }
}
