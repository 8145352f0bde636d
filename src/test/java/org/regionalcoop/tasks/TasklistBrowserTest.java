package org.regionalcoop.tasks;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A coordinator does the job in the Camunda Tasklist with a real browser (Debian's headless chromium through
 * its chromedriver): logs in, opens the consent task through the shared filter, claims it, fills the Camunda
 * Form and completes it, and the agreement moves on to its signatures. Liaoning's Shenyang and Guangdong's
 * Shenzhen take part in no other test, so theirs are the only tasks their filter shows. On failure a
 * screenshot and the page's HTML are left in {@code target/browser/}.
 */
@PlatformTest
class TasklistBrowserTest {

    private static final Path EVIDENCE = Path.of("target", "browser");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    TaskService tasks;

    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = HeadlessChromium.options(1400, 1000);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = HeadlessChromium.start(options);
        waiting = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorConsentsInTheTasklistAndTheAgreementMovesOn(TestInfo test) throws IOException {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "10000000.00", "LN-SY", "GD-SZ");
        lifecycle.complete(agreement, "user_cast_vote", "GD-SZ.coordinator", Map.of("answer", "consent"));
        String ballot = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey("user_cast_vote").taskCandidateGroup("LN-SY.coordinator").singleResult().getId();

        try {
            logIn("ln-sy.coordinator");
            click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
                    + "/a[contains(normalize-space(.), \"My government's tasks\")]"));
            click(By.cssSelector("ol.tasks-list a[href*='task=" + ballot + "']"));
            click(By.cssSelector("button.claim"));
            click(By.xpath("//*[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='Consent']"));
            waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea.fjs-textarea")))
                    .sendKeys("Agreed by Shenyang in the Tasklist");
            click(By.xpath("//button[@ng-click='complete()']"));

            await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().taskId(ballot).count() == 0);
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }

        assertThat(lifecycle.openTasks(agreement, "user_sign_agreement")).as("both consented: the leaders sign next")
                .extracting(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("LN-SY.leader", "GD-SZ.leader");
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement name = waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name='signinForm'] input[ng-model='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']"))
                .sendKeys(PlatformTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    private void click(By target) {
        waiting.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private void keepEvidence(TestInfo test) throws IOException {
        Files.createDirectories(EVIDENCE);
        String name = test.getTestMethod().orElseThrow().getName();
        Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
        // The webapp's failed calls to the engine, which its notifications show without their reason.
        String failedCalls = browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Network.responseReceived") && !message.contains("\"status\":200"))
                .collect(Collectors.joining("\n"));
        Files.writeString(EVIDENCE.resolve(name + ".network.txt"), failedCalls, StandardCharsets.UTF_8);
    }
}
