package org.regionalcoop.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement board in a real browser, in English and in Chinese: the platform administrator sees every
 * agreement, a provincial agency's reviewer only the one its agency reviews; both filter it by stage and by
 * government through the form, whose parameters stay in the address. A participant's coordinator is not offered
 * the console. The board's pages go to {@code docs/screenshots/} with {@code -Dworkbench.screenshots=docs/screenshots}.
 */
@PlatformTest
class BoardBrowserTest {

    private static final String SCREENSHOTS = System.getProperty("workbench.screenshots", "");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver driver;

    private WebDriver browser;
    private WebDriverWait waiting;

    private final String mark = UUID.randomUUID().toString().substring(0, 6);

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
    void eachSeesWhatTheRuleShowsThemAndFiltersItInBothLanguages() throws IOException {
        Agreement reviewed = propose("湘江轮渡 Xiang River ferries " + mark, "HN-CS", "HN-ZZ");
        driver.reachConsensus(reviewed);
        Agreement consulting = propose("株洲湘潭公交 Zhuzhou-Xiangtan buses " + mark, "HN-ZZ", "HN-XT");
        Agreement elsewhere = propose("沪苏通勤 Shanghai-Jiangsu commuting " + mark, "SH", "JS");

        for (String language : List.of("en", "zh-CN")) {
            signIn("admin", language);
            board("q=" + mark);
            assertThat(shown()).containsExactlyInAnyOrder(id(reviewed), id(consulting), id(elsewhere));
            assertThat(browser.findElement(By.id("funnel-chart")).getSize().getHeight()).isPositive();
            shoot(language, "board-administrator");
            filter("stage", "approval");
            assertThat(browser.getCurrentUrl()).contains("stage=approval").contains("q=" + mark);
            assertThat(shown()).containsExactly(id(reviewed));
            filter("stage", "");
            filter("government", "HN-XT");
            assertThat(shown()).containsExactly(id(consulting));

            signIn("hn-pca.reviewer", language);
            click(By.cssSelector(".nav--console a[href$='/board']"));
            board("q=" + mark);
            assertThat(shown()).containsExactly(id(reviewed));
            shoot(language, "board-agency");
            filter("government", "HN-XT");
            assertThat(shown()).isEmpty();
            filter("government", "HN-CS");
            filter("stage", "consensus");
            assertThat(shown()).isEmpty();
            filter("stage", "approval");
            assertThat(shown()).containsExactly(id(reviewed));
            click(By.cssSelector("a.board-link"));
            waiting.until(ExpectedConditions.urlContains("/agreements/" + reviewed.id()));
        }

        signIn("hn-xt.coordinator", "en");
        assertThat(browser.findElements(By.cssSelector(".nav--console"))).isEmpty();
    }

    private Agreement propose(String title, String... participants) {
        AgreementContent content = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", participants);
        return agreements.propose(new GovernmentCode(participants[0]), new AgreementContent(title, content.fields(),
                content.participants(), content.secretariat(), content.mode(), content.type(), content.term(),
                content.costShares(), content.benefitSharingRule(), content.compensationRule(),
                content.defectionPenalty(), content.supportRequests()), LifecycleDriver.coordinatorOf(participants[0]));
    }

    private void board(String query) {
        browser.get(url("/board?" + query.replace(mark, URLEncoder.encode(mark, StandardCharsets.UTF_8))));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("board-filters")));
    }

    /** Chooses a value of one of the form's selects and shows the board it asks for. */
    private void filter(String select, String value) {
        new Select(browser.findElement(By.id(select))).selectByValue(value);
        WebElement form = browser.findElement(By.id("board-filters"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.stalenessOf(form));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("board-filters")));
    }

    private List<String> shown() {
        return browser.findElements(By.cssSelector("tr.board-row")).stream()
                .map(row -> row.getAttribute("data-agreement")).toList();
    }

    private static String id(Agreement agreement) {
        return agreement.id().toString();
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
        waiting.until(ExpectedConditions.elementToBeClickable(target)).click();
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
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
        Files.write(directory.resolve(language + "-" + page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }
}
