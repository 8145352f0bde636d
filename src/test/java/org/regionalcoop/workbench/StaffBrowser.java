package org.regionalcoop.workbench;

import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff's headless Chromium on the workbench, for the browser tests: signs in, opens tasks, takes
 * the screenshots the documentation shows ({@code -Dworkbench.screenshots=docs/screenshots}), keeps evidence
 * of a failure in {@code target/browser/}, and in a Chinese run checks that no page shows English.
 */
final class StaffBrowser implements AutoCloseable {

    private static final String SCREENSHOTS = System.getProperty("workbench.screenshots", "");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * Words a Chinese page may show in Latin letters: the other language's name on the switch, UTC, CSV (the
     * name of a file format, which Chinese software says in Latin letters too) and the administrator's login.
     */
    private static final Set<String> LATIN_ALLOWED = Set.of("English", "UTC", "CSV", "admin");
    /** Login names such as {@code hn-cs.finance_officer}: identifiers, not text to translate. */
    private static final Pattern LOGIN = Pattern.compile("\\b[a-z]+(-[a-z]+)?\\.[a-z_]+\\b");

    /**
     * The page's visible text without what staff wrote themselves (other agreements' titles in the list,
     * quoted reasons, comments), which stays in the language it was written in, and without identifiers (the
     * signed-in login, codes).
     */
    private static final Pattern HEX = Pattern.compile("\\b[0-9a-f]{8,}\\b");
    private static final String WITHOUT_WHAT_STAFF_WROTE = """
            var page = document.body.cloneNode(true);
            page.querySelectorAll('.task-link, .agreement-title, .board-link, .written, q, .comment-list p, code, .header__who').forEach(function (e) { e.remove(); });
            document.documentElement.appendChild(page);
            var text = page.innerText;
            page.remove();
            return text;""";

    private final WebDriver browser;
    private final WebDriverWait waiting;
    private final int port;
    private final String language;

    StaffBrowser(int port, String language) {
        this.browser = HeadlessChromium.start(HeadlessChromium.options(1280, 1000).addArguments("--hide-scrollbars",
                "--lang=" + language));
        this.waiting = HeadlessChromium.waiting(browser, PATIENCE);
        this.port = port;
        this.language = language;
    }

    WebDriver driver() {
        return browser;
    }

    boolean chinese() {
        return !language.equals("en");
    }

    void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + language));
        HeadlessChromium.signIn(browser, waiting, user);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".header__who")));
        translated();
    }

    /** Signs in on the login page the workbench sent the browser to, which then goes back where it was going. */
    void signInAgain(String user) {
        HeadlessChromium.signIn(browser, waiting, user);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".header__who")));
        translated();
    }

    /** Opens the first task of My work whose agreement's title is this one; it must speak the reader's language. */
    void openTask(String title) {
        // The task may come from a step the engine runs as a job just after the previous answer committed
        // (docs/decisions/transaction-boundaries.md): look again until it is listed.
        waiting.until(page -> {
            open("/?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
            return !browser.findElements(By.cssSelector("a.task-link")).isEmpty();
        });
        click(By.cssSelector("a.task-link"));
        waitFor(By.id("answer"));
        translated();
    }

    /**
     * Switches to the other language with the header's link, as a reader does in the middle of their work, and waits
     * for the page in it; a page back in the browser's own language must speak it whole.
     */
    void switchLanguage(String to) {
        click(By.cssSelector(".header__languages a[lang='" + to + "']"));
        waiting.until(page -> to.equals(page.findElement(By.tagName("html")).getAttribute("lang")));
        if (to.equals(language)) {
            translated();
        }
    }

    /** The language a switch leads to from the browser's own. */
    String otherLanguage() {
        return chinese() ? "en" : "zh-CN";
    }

    void open(String path) {
        browser.get(url(path));
        translated();
    }

    void click(By target) {
        var element = waiting.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits until the condition holds on this browser. */
    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return waiting.until(condition);
    }

    String text(By target) {
        return waitFor(target).getText();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Types into a field once a person could: shown and enabled, as after a resize that unfolds the filters. */
    void type(By field, String text) {
        waiting.until(ExpectedConditions.elementToBeClickable(field)).clear();
        browser.findElement(field).sendKeys(text);
    }

    org.openqa.selenium.WebElement waitFor(By target) {
        return waiting.until(ExpectedConditions.presenceOfElementLocated(target));
    }

    /** Submits with the button and waits for the page it leads to, which must speak the reader's language. */
    void submit(By button, By arrived) {
        click(button);
        waitFor(arrived);
        translated();
    }

    String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * In a Chinese run, the page's visible text has no English word (Latin letters outside login names,
     * codes with digits, identifiers shown as {@code <code>} and the allowed words): every label, message and
     * value came from the bundles.
     */
    void translated() {
        if (!chinese()) {
            return;
        }
        String visible = LOGIN.matcher((String) ((JavascriptExecutor) browser).executeScript(WITHOUT_WHAT_STAFF_WROTE)).replaceAll(" ");
        // Identifiers and hashes shown as text (a UUID's or a content hash's run of hex letters once read as 'feaaba').
        visible = HEX.matcher(visible).replaceAll(" ");
        List<String> english = new ArrayList<>();
        for (String token : visible.split("[^A-Za-z0-9]+")) {
            if (token.length() > 1 && token.chars().allMatch(Character::isLetter) && !LATIN_ALLOWED.contains(token)) {
                english.add(token);
            }
        }
        assertThat(english).as("English words on %s", browser.getCurrentUrl()).isEmpty();
    }

    /**
     * At a phone's 390 px the page needs no sideways scrolling: nothing is wider than the screen (a fieldset's cost
     * shares once were 908 px wide, a support request's table in the agreement's summary 399 px).
     */
    void fitsAPhone() {
        fitsAt(390);
    }

    /**
     * At this window width the page needs no sideways scrolling: 320 px, the narrowest phone the pages serve, or a
     * desktop's 1280 px, where a settlement among a dozen participants once pushed the whole page wider.
     */
    void fitsAt(int width) {
        browser.manage().window().setSize(new Dimension(width, 844));
        try {
            Object wider = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) wider).intValue()).as("pixels wider than %d px on %s", width, browser.getCurrentUrl())
                    .isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /**
     * At 320 px, with the table scrolled sideways within its frame, the right edge of its sticky first column is drawn
     * where the scrolled cells pass beneath it: without it, amounts cut off there stood against the names as if they
     * were theirs (上海市 .91 元).
     */
    void stickyColumnEdgeDrawn(By table) throws IOException {
        browser.manage().window().setSize(new Dimension(320, 844));
        try {
            waiting.until(page -> Long.valueOf(320).equals(script("return window.innerWidth")));
            WebElement frame = waitFor(table);
            String seen = "";
            // A screenshot may show the frame before it repainted at its new scroll position: a few looks, each after
            // the next frame; an edge never drawn fails every one.
            for (int look = 0; look < 5; look++) {
                @SuppressWarnings("unchecked")
                List<Number> edge = (List<Number>) ((JavascriptExecutor) browser).executeAsyncScript("""
                        var frame = arguments[0], done = arguments[arguments.length - 1];
                        frame.scrollIntoView({block: 'start'});
                        frame.scrollLeft = frame.scrollWidth / 2;
                        requestAnimationFrame(function () { requestAnimationFrame(function () {
                            var label = frame.querySelector('tbody th[scope=row]').getBoundingClientRect();
                            done([label.right * devicePixelRatio, (label.top + label.bottom) / 2 * devicePixelRatio, frame.scrollLeft]);
                        }); });""", frame);
                assertThat(edge.get(2).intValue()).as("the table scrolled sideways on %s", browser.getCurrentUrl()).isPositive();
                BufferedImage shown = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
                int y = (int) edge.get(1).doubleValue();
                int right = (int) Math.floor(edge.get(0).doubleValue());
                for (int x = right - 1; x <= right && x < shown.getWidth(); x++) {
                    int rgb = shown.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 240 && ((rgb >> 8) & 0xff) < 240 && (rgb & 0xff) < 240) {
                        return;
                    }
                }
                seen = "x " + right + ", y " + y + " of a " + shown.getWidth() + " px wide screenshot";
            }
            HeadlessChromium.keep(browser, "sticky-column-edge-320");
            throw new AssertionError("The sticky column's edge is not drawn at " + seen + " on " + browser.getCurrentUrl());
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /**
     * At 320 px the header's words stay whole: a long login once left the government's name and the sign-out a
     * character or two a line (合肥 / 市, 退出登 / 录).
     */
    void headerWordsWholeAt320() {
        browser.manage().window().setSize(new Dimension(320, 844));
        try {
            Object lines = script("""
                    return Array.from(document.querySelectorAll('.header__government, .header__user .link-button')).map(function (e) {
                        var words = document.createRange();
                        words.selectNodeContents(e);
                        var tops = new Set(Array.from(words.getClientRects()).map(function (r) { return Math.round(r.top); }));
                        return e.textContent.trim() + ': ' + tops.size;
                    });""");
            assertThat((List<?>) lines).as("lines each header word takes at 320 px on %s", browser.getCurrentUrl())
                    .isNotEmpty().allSatisfy(line -> assertThat((String) line).endsWith(": 1"));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /**
     * At 320 px each table well wider than its frame, scrolled to its start, shades its right edge where more of it
     * lies beyond: a figure cut off there once read as a whole amount (1,200,00 for 1,200,000.00 元).
     */
    void cutTablesShadeTheirEdgeAt320() throws IOException {
        browser.manage().window().setSize(new Dimension(320, 844));
        try {
            waiting.until(page -> Long.valueOf(320).equals(script("return window.innerWidth")));
            @SuppressWarnings("unchecked")
            List<WebElement> cut = (List<WebElement>) script(
                    // Cut off by more than the shade is wide; one a few pixels too wide shades as little as it hides.
                    "return Array.from(document.querySelectorAll('main table')).filter(t => t.scrollWidth > t.clientWidth + 40)");
            assertThat(cut).as("tables wider than a phone on %s", browser.getCurrentUrl()).isNotEmpty();
            for (WebElement table : cut) {
                @SuppressWarnings("unchecked")
                List<Number> edge = (List<Number>) ((JavascriptExecutor) browser).executeAsyncScript("""
                        var table = arguments[0], done = arguments[arguments.length - 1];
                        table.scrollLeft = 0;
                        table.scrollIntoView({block: 'start'});
                        requestAnimationFrame(function () { requestAnimationFrame(function () {
                            var frame = table.getBoundingClientRect();
                            var row = Array.from(table.querySelectorAll('tr')).find(r => r.querySelector('td')).getBoundingClientRect();
                            done([(frame.right - 3) * devicePixelRatio, (row.bottom - 3) * devicePixelRatio]);
                        }); });""", table);
                BufferedImage shown = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
                int rgb = shown.getRGB((int) edge.get(0).doubleValue(), (int) edge.get(1).doubleValue());
                assertThat(((rgb >> 16) & 0xff) < 245 && ((rgb >> 8) & 0xff) < 245 && (rgb & 0xff) < 245)
                        .as("the right edge of a table cut off at 320 px is shaded (%s) on %s", table.getAttribute("class"),
                                browser.getCurrentUrl()).isTrue();
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** At 320 px every answer of the page's summary lists starts at the same place, under its question. */
    void summaryValuesAlignedAt320() {
        browser.manage().window().setSize(new Dimension(320, 844));
        try {
            waiting.until(page -> Long.valueOf(320).equals(script("return window.innerWidth")));
            Object starts = script("""
                    return Array.from(new Set(Array.from(document.querySelectorAll('main .summary-list > div > dd'))
                        .map(function (dd) { return Math.round(dd.getBoundingClientRect().left); })));""");
            assertThat((List<?>) starts).as("where the summary's answers start at 320 px on %s", browser.getCurrentUrl())
                    .hasSize(1);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** A full-page screenshot of a main page for the documentation, when asked for. */
    void shoot(String page) throws IOException {
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

    /** A full-page screenshot at the narrowest phone width a page must still serve (320 px), when asked for. */
    void shootNarrow(String page) throws IOException {
        if (SCREENSHOTS.isBlank()) {
            return;
        }
        browser.manage().window().setSize(new Dimension(320, 800));
        try {
            long height = (Long) ((JavascriptExecutor) browser).executeScript(
                    "window.scrollTo(0, 0); return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(320, (int) Math.min(Math.max(height, 800), 4000)));
            Path directory = Path.of(SCREENSHOTS);
            Files.createDirectories(directory);
            Files.write(directory.resolve(language + "-" + page + "-320.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** What a test does in the browser. */
    interface Walk {
        void through(StaffBrowser staff) throws IOException;
    }

    /**
     * Walks through the pages in a browser of its own that speaks {@code language}, and on a failure keeps the page
     * it failed on under {@code evidence}'s name before the browser closes.
     */
    static void walk(int port, String language, String evidence, Walk walk) throws IOException {
        try (StaffBrowser staff = new StaffBrowser(port, language)) {
            try {
                walk.through(staff);
            } catch (RuntimeException | AssertionError failure) {
                HeadlessChromium.keepEvidence(staff.browser, evidence);
                throw failure;
            }
        }
    }

    /** {@link #walk(int, String, String, Walk)}, the evidence named after the test. */
    static void walk(int port, String language, TestInfo test, Walk walk) throws IOException {
        walk(port, language, test.getTestMethod().orElseThrow().getName(), walk);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
