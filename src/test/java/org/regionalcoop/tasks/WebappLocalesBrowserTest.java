package org.regionalcoop.tasks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;
import org.regionalcoop.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct link to Cockpit, Tasklist or Admin, in a browser that has never opened them, starts the webapp and shows
 * its texts in the reader's language: at no drawn frame a translation key (PAGE_TITLE, COCKPIT_MORE) in place of
 * a text. The link leads through the workbench's sign-in, which puts the webapps' texts into their store while the
 * reader types, so the webapp finds them at its start; nothing makes a webapp wait for them (docs/console.md).
 * Screenshots in {@code target/browser/}.
 */
@PlatformTest
class WebappLocalesBrowserTest {

    /**
     * Every visible text that has the shape of a translation key, kept on the window, as each frame is about to be
     * drawn (innerText leaves out what is hidden).
     */
    private static final String WATCH = """
            window.keysShown = [];
            (function look() {
              const text = document.body ? document.body.innerText : '';
              for (const found of text.matchAll(/\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b/g)) {
                if (!window.keysShown.some(shown => shown.startsWith(found[0] + ' '))) {
                  window.keysShown.push(found[0] + ' in "' + text.substring(Math.max(0, found.index - 20),
                      found.index + found[0].length + 20).replace(/\\s+/g, ' ') + '"');
                }
              }
              if (performance.now() < 30000) {
                requestAnimationFrame(look);
              }
            })();
            """;

    @LocalServerPort
    int port;

    @Test
    void aDirectLinkToCockpitTasklistOrAdminStartsAndShowsNoTranslationKey(TestInfo test) throws IOException {
        for (String language : List.of("zh-CN", "en")) {
            walk(test, language);
        }
    }

    private void walk(TestInfo test, String language) throws IOException {
        boolean chinese = language.startsWith("zh");
        ChromeOptions options = HeadlessChromium.options(1400, 1000).addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", chinese ? "zh-CN,zh" : "en-GB,en"));
        WebDriver browser = HeadlessChromium.start(options);
        String footer = chinese ? "日期和时间按本地时区显示" : "Date and Time displayed in local timezone";
        try {
            ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            WebDriverWait waiting = HeadlessChromium.waiting(browser, PlatformTest.PATIENCE);
            browser.get(webapp("cockpit/default/#/processes"));
            waiting.until(page -> page.findElement(By.id("username")).isDisplayed());
            // The sign-in page puts the webapps' texts into their store while the reader types; a reader takes a moment.
            waiting.until(page -> (Long) ((JavascriptExecutor) page).executeScript("return Object.keys(JSON.parse("
                    + "localStorage.getItem('camunda-web') || '{}')).filter(key => key.includes('_locales_data_"
                    + (chinese ? "zh" : "en") + "_')).length") == 4);
            HeadlessChromium.signIn(browser, waiting, "admin");
            waiting.until(page -> page.findElement(By.tagName("body")).getText()
                    .contains(chinese ? "个流程定义已部署" : "process definitions deployed"));
            waiting.until(page -> page.findElement(By.tagName("body")).getText().contains("agreement_lifecycle"));
            assertThat(browser.getCurrentUrl()).as("signing in opens the view the link named")
                    .contains("/camunda/app/cockpit/default/").contains("#/processes");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains(footer);
            HeadlessChromium.keep(browser, "webapp-locales-cockpit-" + language);
            assertThat(keysShown(browser)).as("keys shown while Cockpit loaded in %s", language).isEmpty();

            browser.get(webapp("tasklist/default/#/"));
            waiting.until(page -> page.findElement(By.tagName("body")).getText().contains(footer));
            waiting.until(page -> page.findElement(By.tagName("body")).getText().contains(chinese ? "新建任务" : "Create task"));
            HeadlessChromium.keep(browser, "webapp-locales-tasklist-" + language);
            assertThat(keysShown(browser)).as("keys shown while the Tasklist loaded in %s", language).isEmpty();

            browser.get(webapp("admin/default/#/users"));
            waiting.until(page -> page.findElement(By.tagName("body")).getText().contains(footer));
            waiting.until(page -> page.findElement(By.tagName("body")).getText().contains(chinese ? "用户" : "Users"));
            HeadlessChromium.keep(browser, "webapp-locales-admin-" + language);
            assertThat(keysShown(browser)).as("keys shown while Admin loaded in %s", language).isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            HeadlessChromium.keepEvidence(browser, test.getTestMethod().orElseThrow().getName() + "-" + language);
            throw failure;
        } finally {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> keysShown(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return window.keysShown || []");
    }

    private String webapp(String path) {
        return "http://localhost:" + port + "/camunda/app/" + path;
    }
}
