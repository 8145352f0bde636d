package org.regionalcoop.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Yangtze River Delta agreement from proposal to in force through the workbench only, in a real browser
 * (Debian's headless chromium through its chromedriver), as the staff of each government: Shanghai's
 * coordinator proposes, the four coordinators consent, the four leaders sign, the central agency's
 * reviewer approves (the agreement is in force) and its grant officer awards the support requested. Once in English and once in Chinese. On failure a screenshot and the page's HTML are
 * left in {@code target/browser/}; the main pages are saved to {@code docs/screenshots/} when
 * {@code -Dworkbench.screenshots=docs/screenshots} is given (see docs/workbench.md).
 */
@PlatformTest
class WorkbenchBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> DELTA = List.of("SH", "JS", "ZJ", "AH");

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

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
    void theDeltaAgreementGoesFromProposalToInForceInEnglish(TestInfo test) throws IOException {
        walkThrough("en", "Yangtze River Delta transport integration " + UUID.randomUUID().toString().substring(0, 8), test);
    }

    @Test
    void theDeltaAgreementGoesFromProposalToInForceInChinese(TestInfo test) throws IOException {
        walkThrough("zh-CN", "长三角交通一体化合作协议 " + UUID.randomUUID().toString().substring(0, 8), test);
    }

    private void walkThrough(String language, String title, TestInfo test) throws IOException {
        try {
            signIn("sh.coordinator", language);
            shoot(language, "01-my-work");
            propose(title, language);
            AgreementId id = AgreementId.of(browser.findElement(By.id("agreement-id")).getAttribute("data-id"));

            for (String government : DELTA) {
                signIn(government.toLowerCase() + ".coordinator", language);
                openTask(title);
                if (government.equals("JS")) {
                    shoot(language, "04-ballot");
                }
                click(By.id("field-answer-consent"));
                click(By.cssSelector("#answer button[type=submit]"));
                waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));
                if (government.equals("JS")) {
                    shoot(language, "05-answer-recorded");
                }
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.equals("en") ? "en" : "zh-CN");
            }
            for (String government : DELTA) {
                signIn(government.toLowerCase() + ".leader", language);
                openTask(title);
                if (government.equals("SH")) {
                    shoot(language, "06-signature");
                }
                click(By.cssSelector("#answer button[type=submit]"));
                waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".warning-text")));
                if (government.equals("SH")) {
                    shoot(language, "07-signature-check");
                }
                click(By.cssSelector("main form button[type=submit]"));
                waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));
            }
            assertThat(agreements.current(id).status()).isEqualTo(AgreementStatus.IN_APPROVAL);

            signIn("cn-cca.reviewer", language);
            openTask(title);
            click(By.cssSelector("#answer button[type=submit]"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            shoot(language, "08-review-refused");
            click(By.id("field-reviewDecision-approve"));
            browser.findElement(By.id("field-conditions")).sendKeys(language.equals("en")
                    ? "Report progress every half year" : "每半年报告一次进展");
            click(By.cssSelector("#answer button[type=submit]"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));
            shoot(language, "09-approved");
            assertThat(agreements.current(id).status()).as("approved: in force").isEqualTo(AgreementStatus.APPROVED);

            signIn("cn-cca.grant_officer", language);
            openTask(title);
            assertThat(browser.findElement(By.tagName("main")).getText()).as("the amounts before the decision")
                    .contains("20,000,000.00 元");
            shoot(language, "10-grant-decision");
            click(By.id("field-grantDecision-award"));
            click(By.cssSelector("#answer button[type=submit]"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));

            signIn("sh.coordinator", language);
            browser.get(url("/agreements/" + id));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline__list")));
            shoot(language, "11-agreement");
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }
    }

    private void propose(String title, String language) throws IOException {
        click(By.linkText(language.equals("en") ? "Propose an agreement" : "提出合作协议"));
        browser.findElement(By.id("field-title")).sendKeys(title);
        click(By.id("type-FRAMEWORK"));
        click(By.id("mode-BOTTOM_UP"));
        click(By.id("cooperation-TRANSPORT"));
        for (String government : DELTA) {
            WebElement participant = browser.findElement(By.id("participant-" + government));
            if (!participant.isSelected()) {
                click(By.id("participant-" + government));
            }
            browser.findElement(By.id("share-" + government)).sendKeys(government.equals("AH") ? "２５" : "25");
        }
        assertThat(browser.findElement(By.id("share-total")).getText()).as("the sum as the proposer types").isEqualTo("100");
        new Select(browser.findElement(By.id("field-secretariat"))).selectByValue("SH");
        setDate("term-start", "2027-01-01");
        setDate("term-end", "2031-12-31");
        browser.findElement(By.id("field-benefitSharingRule")).sendKeys("By cost share");
        browser.findElement(By.id("field-compensationRule")).sendKeys("Yearly compensation of the hosts");
        browser.findElement(By.id("field-penalty")).sendKeys("1,000,000.00");
        new Select(browser.findElement(By.id("support-0-type"))).selectByValue("FISCAL_TRANSFER");
        browser.findElement(By.id("support-0-amount")).sendKeys("20,000,000");
        browser.findElement(By.id("support-0-description")).sendKeys(language.equals("en") ? "Regional transport fund" : "区域交通专项资金");
        shoot(language, "02-propose");
        click(By.cssSelector("button[value=check]"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[value=propose]")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(language.equals("en") ? "Central Regional Coordination Agency" : "中央区域协调机构")
                .contains("20,000,000.00 元");
        shoot(language, "03-proposal-check");
        click(By.cssSelector("button[value=propose]"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".panel--confirmation")));
    }

    private void openTask(String title) {
        browser.get(url("/?q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)));
        click(By.cssSelector("a.task-link"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
    }

    private void signIn(String user, String language) {
        BrowserSession.signIn(browser, waiting, port, user, language);
    }

    private void setDate(String id, String date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date);
    }

    private void click(By target) {
        waiting.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shoot(String language, String page) throws IOException {
        BrowserSession.shoot(browser, language, page);
    }

    private void keepEvidence(TestInfo test) throws IOException {
        BrowserSession.keepEvidence(browser, test);
    }
}
