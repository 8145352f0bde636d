package org.regionalcoop.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementLifecycleProcess;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform administrator, signed in once at the workbench, works in Cockpit under the engine's hardening:
 * the process definitions, a definition's job definitions, the human tasks and an agreement's instance open with
 * no error notification (the query cap is for staff), and the instance's variables name the agreement by its
 * title; to a Chinese reader its navigation and dashboard are Chinese. Screenshots in {@code target/browser/}, and on
 * failure the browser's console, its requests and how far Cockpit's start came.
 */
@PlatformTest
class CockpitBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    RuntimeService runtime;

    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(HeadlessChromium.recording(HeadlessChromium.options(1400, 1100)));
        waiting = HeadlessChromium.waiting(browser, PlatformTest.PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePlatformAdministratorOpensCockpitsViewsAndFindsTheAgreementByItsTitle(TestInfo test) throws IOException {
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "10000000.00", "LN-SY", "GD-SZ");
        String title = agreement.current().content().title();
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(AgreementLifecycleProcess.KEY).processInstanceBusinessKey(agreement.id().toString())
                .singleResult();

        try {
            browser.get(cockpit("#/processes"));
            HeadlessChromium.signIn(browser, waiting, "admin");
            waiting.until(ExpectedConditions.urlContains("/camunda/app/cockpit/default/"));

            open("#/processes", "cockpit-processes");
            open("#/process-definition/" + instance.getProcessDefinitionId() + "/runtime?tab=job-definitions-tab",
                    "cockpit-job-definitions");
            open("#/tasks", "cockpit-human-tasks");
            open("#/process-instance/" + instance.getId() + "/runtime?tab=variables-tab", "cockpit-agreement-instance");
            WebElement titleShown = waiting.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//tr[.//*[normalize-space()='" + AgreementLifecycleProcess.VAR_AGREEMENT_TITLE + "']]")));
            assertThat(titleShown.getText()).contains(title);
            HeadlessChromium.keep(browser, "cockpit-agreement-instance");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.keepEvidence(browser, test.getTestMethod().orElseThrow().getName());
            keepBootstrap(browser, test.getTestMethod().orElseThrow().getName());
            throw failure;
        }

        inChinese(test, instance.getId());
    }

    /** To a Chinese reader Cockpit speaks Chinese (locales/zh.json): the dashboard and an agreement's instance. */
    private void inChinese(TestInfo test, String instanceId) throws IOException {
        ChromeOptions options = HeadlessChromium.options(1400, 1100).addArguments("--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        WebDriver chinese = HeadlessChromium.start(HeadlessChromium.recording(options));
        try {
            WebDriverWait patience = HeadlessChromium.waiting(chinese, PlatformTest.PATIENCE);
            chinese.get(cockpit("#/dashboard"));
            HeadlessChromium.signIn(chinese, patience, "admin");
            patience.until(page -> page.findElement(By.tagName("body")).getText().contains("运行中的流程实例"));
            HeadlessChromium.keep(chinese, "cockpit-dashboard-zh");
            assertThat(chinese.findElement(By.tagName("body")).getText()).contains("人工任务", "未解决的故障", "已部署")
                    .doesNotContain("Human Tasks", "Right Now", "Open Incidents");

            chinese.get(cockpit("#/process-instance/" + instanceId + "/runtime?tab=variables-tab"));
            patience.until(page -> page.findElement(By.tagName("body")).getText().contains("调用的流程实例"));
            patience.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".loader, .spinner")));
            HeadlessChromium.keep(chinese, "cockpit-agreement-instance-zh");
            assertThat(chinese.findElement(By.tagName("body")).getText()).contains("变量", "用户任务", "作业")
                    .doesNotContain("Variables", "Called Process Instances", "User Tasks", "Jobs", "Instance ID");
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.keepEvidence(chinese, test.getTestMethod().orElseThrow().getName() + "-zh");
            keepBootstrap(chinese, test.getTestMethod().orElseThrow().getName() + "-zh");
            throw failure;
        } finally {
            chinese.quit();
        }
    }

    /** Opens a Cockpit view, waits for it to load and finds no error notification on it. */
    private void open(String view, String screenshot) throws IOException {
        browser.get(cockpit(view));
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".loader, .spinner")));
        waiting.until(page -> page.findElements(By.cssSelector("table tbody tr, .no-results, .well")).size() > 0);
        HeadlessChromium.keep(browser, screenshot);
        List<String> errors = browser.findElements(By.cssSelector(".notifications .alert-danger, .alert.alert-danger"))
                .stream().map(WebElement::getText).toList();
        assertThat(errors).as("error notifications on %s", view).isEmpty();
    }

    /** How far Cockpit's start came: AngularJS, the configuration, the modules RequireJS still waits for. */
    private static void keepBootstrap(WebDriver browser, String name) throws IOException {
        Object state = ((JavascriptExecutor) browser).executeScript("""
                const registry = window.require && window.require.s ? window.require.s.contexts._.registry : {};
                return JSON.stringify({
                  readyState: document.readyState, href: location.href, time: performance.now(),
                  angular: !!window.angular, conf: !!window.camCockpitConf,
                  injector: !!(window.angular && window.angular.element(document.body).injector()),
                  requireWaiting: Object.keys(registry).map(id => id + (registry[id].error ? ' ' + registry[id].error : '')),
                  store: Object.keys(JSON.parse(localStorage.getItem('camunda-web') || '{}')),
                  cookies: document.cookie.split(';').map(cookie => cookie.split('=')[0].trim())
                }, null, 1);""");
        Files.writeString(HeadlessChromium.evidence(name + ".bootstrap.json"), String.valueOf(state), StandardCharsets.UTF_8);
    }

    private String cockpit(String view) {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/" + view;
    }
}
