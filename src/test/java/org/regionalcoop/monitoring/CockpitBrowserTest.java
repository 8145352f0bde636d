package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cockpit as the platform administrator uses it, under the engine's query limits (queryMaxResultsLimit 1000):
 * the dashboard, the process definitions, one definition with its instances, incidents, called processes and
 * job definitions, one instance with its variables (the agreement's title among them), and the human tasks.
 * Every call Cockpit makes to the engine must answer; the browser's network log is the evidence.
 */
@PlatformTest
class CockpitBrowserTest {

    private static final Path EVIDENCE = Path.of("target", "browser");
    /** Cockpit loads its plugins' scripts first, slowly on a busy build machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern RESPONSE = Pattern.compile("\"status\":(\\d{3})[^}]*?\"url\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = HeadlessChromium.options(1400, 1100);
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
    @Disabled("Unfinished: in headless Chromium Cockpit never renders its login form here (it stays on its loading "
            + "spinner for 90 s); the query-limit fix it should prove is not built yet (docs/console.md)")
    void everyCockpitViewAnAdministratorUsesAnswersUnderTheQueryLimits(TestInfo test) throws IOException {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "3000000.00", "SH", "JS");
        String title = agreement.current().content().title();
        String lifecycleDefinition = repository.createProcessDefinitionQuery().processDefinitionKey("agreement_lifecycle")
                .latestVersion().singleResult().getId();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(agreement.id().toString())
                .processDefinitionKey("agreement_lifecycle").singleResult().getId();
        List<String> failed = new ArrayList<>();
        try {
            logIn();
            view("#/dashboard", "Agreement lifecycle");
            view("#/processes", "Agreement lifecycle");
            view("#/process-definition/" + lifecycleDefinition + "/runtime", agreement.id().toString());
            for (String tab : List.of("Incidents", "Called Process Definitions", "Job Definitions")) {
                click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + tab + "']"));
                failed.addAll(failedCalls());
            }
            view("#/process-instance/" + instance + "/runtime", "agreementTitle");
            assertThat(browser.findElement(By.tagName("body")).getText()).as("the agreement's title among the variables")
                    .contains(title);
            keep("cockpit-process-instance");
            view("#/tasks", "Human Tasks");
            keep("cockpit-human-tasks");
            failed.addAll(failedCalls());
            assertThat(failed).as("Cockpit's calls to the engine that did not answer").isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test, failed);
            throw failure;
        }
    }

    private void view(String route, String expected) {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/" + route);
        waiting.until(page -> page.findElement(By.tagName("body")).getText().contains(expected));
    }

    private void logIn() {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name='signinForm'] input[ng-model='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(PlatformTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    }

    /** The calls to the engine's APIs since the last look that answered with an error. */
    private List<String> failedCalls() {
        List<String> failed = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            String message = entry.getMessage();
            if (!message.contains("Network.responseReceived")) {
                continue;
            }
            Matcher response = RESPONSE.matcher(message);
            if (response.find() && Integer.parseInt(response.group(1)) >= 400 && response.group(2).contains("/camunda/api/")) {
                failed.add(response.group(1) + " " + response.group(2));
            }
        }
        return failed;
    }

    private void click(By target) {
        var element = waiting.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waiting.until(page -> ((JavascriptExecutor) page).executeScript(
                "return !document.querySelector('.loader-state:not(.ng-hide), .loading-state:not(.ng-hide)')"));
    }

    private void keep(String name) throws IOException {
        Files.createDirectories(EVIDENCE);
        Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void keepEvidence(TestInfo test, List<String> failed) throws IOException {
        String name = test.getTestMethod().orElseThrow().getName();
        keep(name);
        failed.addAll(failedCalls());
        Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
        Files.writeString(EVIDENCE.resolve(name + ".network.txt"), String.join("\n", failed), StandardCharsets.UTF_8);
    }
}
