package org.regionalcoop;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless chromium driven through Debian's chromedriver (Selenium WebDriver), for the browser
 * tests: no browser download, which the build machines cannot reach. Other paths with
 * {@code -Dbrowser.chromium=... -Dbrowser.chromedriver=...}.
 */
public final class HeadlessChromium {

    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

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

    public static WebDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
