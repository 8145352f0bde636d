package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * My work on a phone, in English and in Chinese: the tasks come first below the title, the search and the filters
 * folded under their summary above them (as on the agreement board), which says how many are applied; unfolded they
 * keep what was searched. A long Chinese title keeps the page as narrow as a small phone's 320 px. Switching the
 * language keeps the search, and on the ballot what was typed; a search that finds nothing leads back to every task;
 * the ballot's tab names its agreement, and on paper it is the ballot alone.
 */
@PlatformTest
class MyWorkBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

    private final String mark = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void onAPhoneTheTasksComeFirstAndTheSearchIsFoldedAboveThem(TestInfo test) throws IOException {
        String title = "长株潭城际轨道与城市公交换乘票价优惠和运营补贴分担合作协议".repeat(2) + " " + mark;
        propose(title, "HN-ZZ", "HN-XT");

        for (String language : List.of("en", "zh-CN")) {
            StaffBrowser.walk(port, language, test.getTestMethod().orElseThrow().getName() + "-" + language, staff -> {
                staff.signIn("hn-xt.coordinator");
                // The ballot comes from a step the engine runs as a job after the proposal: look again until it is listed.
                staff.until(page -> {
                    staff.open("/?q=" + mark);
                    return !page.findElements(By.cssSelector("tr.task-row")).isEmpty();
                });
                staff.driver().manage().window().setSize(new Dimension(390, 844));
                try {
                    WebElement search = staff.waitFor(By.id("q"));
                    staff.until(page -> !search.isDisplayed());
                    WebElement summary = staff.waitFor(By.cssSelector("#filters-panel > summary"));
                    assertThat(summary.getText()).isEqualTo(language.equals("en") ? "Search and filters (1 applied)"
                            : "搜索和筛选（已设 1 项）");
                    int firstTask = staff.waitFor(By.cssSelector("tr.task-row")).getRect().getY();
                    assertThat(firstTask).as("the first task on the first screen, right below the folded filters")
                            .isLessThan(844).isGreaterThan(summary.getRect().getY());
                    phoneShot(staff, language + "-my-work-phone");
                    summary.click();
                    assertThat(search.isDisplayed()).isTrue();
                    assertThat(search.getAttribute("value")).isEqualTo(mark);
                    staff.driver().manage().window().setSize(new Dimension(320, 800));
                    assertThat((Long) staff.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .as("a long Chinese title at 320 px: nothing wider than the screen").isLessThanOrEqualTo(0L);
                } finally {
                    staff.driver().manage().window().setSize(new Dimension(1280, 1000));
                }
                staff.until(page -> page.findElement(By.id("q")).isDisplayed());

                staff.switchLanguage(staff.otherLanguage());
                assertThat(staff.driver().getCurrentUrl()).as("the language switch keeps the search (it once opened /?lang=…)")
                        .contains("q=" + mark);
                assertThat(staff.waitFor(By.id("q")).getAttribute("value")).isEqualTo(mark);
                assertThat(staff.driver().findElements(By.cssSelector("tr.task-row"))).hasSize(1);
                staff.switchLanguage(language);

                staff.open("/?q=" + mark + "-none");
                assertThat(staff.text(By.cssSelector("#results .notice"))).as("a search that finds nothing says so and how to see all")
                        .startsWith(language.equals("en") ? "No task matches this search or filter." : "没有与此搜索或筛选条件相符的任务。");
                staff.click(By.id("mywork-all"));
                staff.waitFor(By.cssSelector("tr.task-row"));
                staff.open("/?q=" + mark);
                staff.click(By.cssSelector("a.task-link"));
                staff.waitFor(By.id("answer"));
                assertThat(staff.driver().getTitle()).as("the tab names the agreement: two ballots side by side read alike")
                        .contains(mark);
                staff.click(By.cssSelector("#answer input[type=radio]"));
                staff.type(By.id("field-comment"), "请补充票价 fares " + mark);
                staff.switchLanguage(staff.otherLanguage());
                assertThat(staff.waitFor(By.id("kept-language")).isDisplayed()).as("the other language says what was kept").isTrue();
                assertThat(staff.waitFor(By.id("field-comment")).getAttribute("value")).as("what was typed survives the switch")
                        .isEqualTo("请补充票价 fares " + mark);
                assertThat(staff.waitFor(By.cssSelector("#answer input[type=radio]")).isSelected()).isTrue();
                staff.switchLanguage(language);

                ((ChromeDriver) staff.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                try {
                    assertThat(staff.waitFor(By.tagName("h1")).isDisplayed()).isTrue();
                    assertThat(List.of(".nav", ".header__tools", ".back-link", "#answer form"))
                            .as("on paper the task is its content: no navigation, language switch or form")
                            .allSatisfy(part -> assertThat(staff.waitFor(By.cssSelector(part)).isDisplayed()).as(part).isFalse());
                } finally {
                    ((ChromeDriver) staff.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
                }
            });
        }
    }

    /** The phone's screen as it is (a documentation shot would widen the window first) in target/browser/. */
    private static void phoneShot(StaffBrowser staff, String name) throws IOException {
        Path directory = Path.of("target", "browser");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) staff.driver()).getScreenshotAs(OutputType.BYTES));
    }

    private void propose(String title, String... participants) {
        AgreementContent content = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", participants);
        agreements.propose(new GovernmentCode(participants[0]), new AgreementContent(title, content.fields(),
                content.participants(), content.secretariat(), content.mode(), content.type(), content.term(),
                content.costShares(), content.benefitSharingRule(), content.compensationRule(),
                content.defectionPenalty(), content.supportRequests()), LifecycleDriver.coordinatorOf(participants[0]));
    }
}
