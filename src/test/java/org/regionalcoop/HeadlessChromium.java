package org.regionalcoop;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless chromium driven through Debian's chromedriver (Selenium WebDriver), for the browser
 * tests: no browser download, which the build machines cannot reach. Other paths with
 * {@code -Dbrowser.chromium=... -Dbrowser.chromedriver=...}. Also the steps every browser test shares: signing in
 * at the workbench's login form and keeping what the browser showed in {@code target/browser/}.
 */
public final class HeadlessChromium {

    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target", "browser");
    private static final Duration POLLING = Duration.ofMillis(100);

    private HeadlessChromium() {
    }

    /** The options every browser test starts from, with a window this wide and high. */
    public static ChromeOptions options(int width, int height) {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium (apt-get install chromium chromium-driver)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian's chromedriver (apt-get install chromium-driver)").isTrue();
        return new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height);
    }

    /**
     * The same options with the browser's console and its requests recorded (chromedriver's browser and performance
     * logs), which {@link #keepEvidence} keeps beside the screenshot: a page that never finished loading says why.
     * Only for tests that keep evidence: chromedriver keeps every entry until it is read.
     */
    public static ChromeOptions recording(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    public static WebDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Waits on the browser for up to this long, looking every 100 ms: Selenium's default looks every 500 ms, and the
     * browser tests wait hundreds of times for a page or an answer that is mostly there well before that.
     */
    public static WebDriverWait waiting(WebDriver browser, Duration patience) {
        WebDriverWait waiting = new WebDriverWait(browser, patience);
        waiting.pollingEvery(POLLING);
        // An element found on a page that then goes on to the next (a sign-in's redirect, a webapp's own routing) is
        // stale by the time it is read: the wait looks again, at the page the browser now shows.
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting;
    }

    /**
     * Signs a demo login in at the workbench's login form the browser shows: the workbench's own, or the one the
     * Tasklist and Cockpit send a stranger to (single sign-on). The caller waits for the page it expects next.
     */
    public static void signIn(WebDriver browser, WebDriverWait waiting, String user) {
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PlatformTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** A screenshot of what the browser shows, {@code target/browser/<name>.png}, kept whether a test passes or not. */
    public static void keep(WebDriver browser, String name) throws IOException {
        Files.createDirectories(EVIDENCE);
        Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Evidence of a failure: a screenshot and the page's HTML, {@code target/browser/<name>.png} and {@code .html},
     * and for a browser started {@link #recording} its console ({@code .console.txt}) and every request it made
     * since the last evidence, with its status and timing or that it never ended ({@code .network.txt}).
     */
    public static void keepEvidence(WebDriver browser, String name) throws IOException {
        keep(browser, name);
        keepPage(browser, name);
        Set<String> recorded = browser.manage().logs().getAvailableLogTypes();
        if (recorded.contains(LogType.BROWSER)) {
            Files.writeString(evidence(name + ".console.txt"), browser.getCurrentUrl() + "\n"
                    + browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                    .collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
        }
        if (recorded.contains(LogType.PERFORMANCE)) {
            Files.writeString(evidence(name + ".network.txt"),
                    BrowserTraffic.of(browser.manage().logs().get(LogType.PERFORMANCE).getAll()).describe(),
                    StandardCharsets.UTF_8);
        }
    }

    /** The page's HTML as the browser has it now, {@code target/browser/<name>.html}. */
    public static void keepPage(WebDriver browser, String name) throws IOException {
        Files.createDirectories(EVIDENCE);
        Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }

    /** Where the evidence is kept, for what a test keeps beside it. */
    public static Path evidence(String file) throws IOException {
        Files.createDirectories(EVIDENCE);
        return EVIDENCE.resolve(file);
    }
}
