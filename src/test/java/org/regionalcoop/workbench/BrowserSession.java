package org.regionalcoop.workbench;

import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.PlatformTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the browser tests share: signing in through the login page, full-page screenshots of the main pages for
 * the documentation ({@code -Dworkbench.screenshots=docs/screenshots}), and evidence of a failure in
 * {@code target/browser/}.
 */
final class BrowserSession {

    private static final Path EVIDENCE = Path.of("target", "browser");
    private static final String SCREENSHOTS = System.getProperty("workbench.screenshots", "");

    private BrowserSession() {
    }

    static void signIn(WebDriver browser, WebDriverWait waiting, int port, String user, String language) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=" + language);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PlatformTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".header__who")));
    }

    /** A full-page screenshot of a main page for the documentation, when asked for. */
    static void shoot(WebDriver browser, String language, String page) throws IOException {
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

    static void keepEvidence(WebDriver browser, TestInfo test) throws IOException {
        Files.createDirectories(EVIDENCE);
        String name = test.getTestMethod().orElseThrow().getName();
        Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }
}
