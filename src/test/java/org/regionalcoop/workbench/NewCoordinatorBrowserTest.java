package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages in Chinese as a new coordinator meets them, with the cases nobody names: a government with no
 * tasks; a 320 px phone with a long Chinese title, where each task is a block whose step and due date keep their
 * words whole (five columns once left a character a line); back after answering, which once showed the answered
 * ballot's form again from the browser's cache; the same ballot answered in a second tab; a form sent after the
 * session ended, found filled in again after signing in again (not sent by itself); the timeline's entries in Chinese punctuation. Screenshots go to {@code target/browser/walk-*.png}.
 */
@PlatformTest
class NewCoordinatorBrowserTest {

    private static final By ANSWER = By.cssSelector("#answer button[type=submit]");

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

    private final String mark = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aNewCoordinatorMeetsNoDeadEndInChinese(TestInfo test) throws IOException {
        String title = "长株潭城际轨道与城市公交换乘票价优惠和运营补贴分担合作协议".repeat(3) + mark;
        Agreement agreement = propose(title, "HN-ZZ", "HN-XT");
        StaffBrowser.walk(port, "zh-CN", test, staff -> {
            staff.signIn("xj-cj.coordinator");
            assertThat(staff.text(By.cssSelector("#results .notice"))).isEqualTo("这里没有待办任务。");
            phone(staff, 320);
            shot(staff, "01-no-tasks-320");
            assertThat(wider(staff)).as("an empty work list at 320 px").isLessThanOrEqualTo(0L);
            phone(staff, 1280);

            staff.signIn("hn-xt.coordinator");
            myWork(staff);
            phone(staff, 320);
            shot(staff, "02-my-work-320");
            assertThat(wider(staff)).as("a long Chinese title at 320 px").isLessThanOrEqualTo(0L);
            assertThat(staff.driver().findElement(By.cssSelector("tr.task-row td:nth-child(2)")).getSize().getWidth())
                    .as("the step keeps its words whole on a phone").isGreaterThan(200);
            assertThat(staff.driver().findElement(By.cssSelector("tr.task-row td:nth-child(2)")).getText())
                    .isEqualTo("答复协议草案");
            staff.click(By.cssSelector("a.task-link"));
            staff.waitFor(By.id("answer"));
            shot(staff, "03-ballot-320");
            assertThat(wider(staff)).as("the ballot at 320 px").isLessThanOrEqualTo(0L);
            assertThat((Long) staff.script("var amount = document.querySelector('.support-requested td.numeric').getBoundingClientRect();"
                    + " return Math.ceil(amount.right) - document.documentElement.clientWidth"))
                    .as("the support's amount with its unit on the screen, not cut off at its edge").isLessThanOrEqualTo(0L);
            phone(staff, 1280);
            String ballot = staff.driver().getCurrentUrl();

            String first = staff.driver().getWindowHandle();
            staff.driver().switchTo().newWindow(WindowType.TAB);
            staff.driver().get(ballot);
            staff.waitFor(By.id("answer"));
            String second = staff.driver().getWindowHandle();
            staff.driver().switchTo().window(first);
            staff.click(By.id("field-answer-consent"));
            staff.submit(ANSWER, By.cssSelector(".panel--confirmation"));
            staff.driver().navigate().back();
            staff.until(ExpectedConditions.textToBe(By.tagName("h1"), "此任务已发生变化"));
            assertThat(staff.driver().findElements(By.id("answer"))).as("back after answering: no form to answer again")
                    .isEmpty();
            shot(staff, "04-back-after-answering");

            staff.driver().switchTo().window(second);
            staff.click(By.id("field-answer-decline"));
            staff.driver().findElement(ANSWER).click();
            staff.until(ExpectedConditions.textToBe(By.tagName("h1"), "此任务已发生变化"));
            shot(staff, "05-second-tab");
            staff.translated();
            staff.driver().close();
            staff.driver().switchTo().window(first);

            staff.signIn("hn-zz.coordinator");
            myWork(staff);
            staff.click(By.cssSelector("a.task-link"));
            staff.waitFor(By.id("answer"));
            staff.driver().manage().deleteCookieNamed("JSESSIONID");
            String comment = "株洲市同意，请秘书处在会议纪要中写明换乘补贴的分担比例。";
            staff.click(By.id("field-answer-consent"));
            staff.type(By.id("field-comment"), comment);
            staff.driver().findElement(ANSWER).click();
            staff.until(ExpectedConditions.textToBe(By.tagName("h1"), "此页面已过期"));
            shot(staff, "06-session-ended");
            staff.click(By.id("expired-form"));
            staff.signInAgain("hn-zz.coordinator");
            staff.waitFor(By.id("answer"));
            staff.until(page -> page.findElement(By.id("kept-input")).isDisplayed());
            assertThat(staff.text(By.id("kept-input"))).isEqualTo("会话结束前您填写的内容已重新填入，尚未提交：请核对后提交表单。");
            assertThat(staff.driver().findElement(By.id("field-comment")).getAttribute("value"))
                    .as("the comment typed before the session ended").isEqualTo(comment);
            assertThat(staff.driver().findElement(By.id("field-answer-consent")).isSelected()).isTrue();
            assertThat(staff.driver().findElements(By.cssSelector(".panel--confirmation"))).as("nothing sent by itself")
                    .isEmpty();
            shot(staff, "06-input-kept");
            staff.submit(ANSWER, By.cssSelector(".panel--confirmation"));

            staff.signIn("hn-zz.coordinator");
            staff.open("/agreements/" + agreement.id());
            assertThat(staff.text(By.cssSelector(".timeline__list"))).contains("表决：同意").doesNotContain("表决: ");
            phone(staff, 320);
            shot(staff, "07-agreement-320");
            assertThat(wider(staff)).as("the agreement at 320 px").isLessThanOrEqualTo(0L);
            phone(staff, 1280);
        });
    }

    /** My work searched for this test's agreement; its ballot comes from a job: look again until it is listed. */
    private void myWork(StaffBrowser staff) {
        staff.until(page -> {
            staff.open("/?q=" + mark);
            return !page.findElements(By.cssSelector("tr.task-row")).isEmpty();
        });
    }

    private static void phone(StaffBrowser staff, int width) {
        staff.driver().manage().window().setSize(new Dimension(width, width < 1000 ? 700 : 1000));
    }

    private static long wider(StaffBrowser staff) {
        return (Long) staff.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    /** The page as the window shows it, all of its height, in target/browser/. */
    private static void shot(StaffBrowser staff, String name) throws IOException {
        Path directory = Path.of("target", "browser");
        Files.createDirectories(directory);
        long height = (Long) staff.script("return document.documentElement.scrollHeight");
        Dimension size = staff.driver().manage().window().getSize();
        staff.driver().manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height + 150, 700), 4000)));
        Files.write(directory.resolve("walk-" + name + ".png"), ((TakesScreenshot) staff.driver()).getScreenshotAs(OutputType.BYTES));
        staff.driver().manage().window().setSize(size);
    }

    private Agreement propose(String title, String... participants) {
        AgreementContent content = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", participants);
        return agreements.propose(new GovernmentCode(participants[0]), new AgreementContent(title, content.fields(),
                content.participants(), content.secretariat(), content.mode(), content.type(), content.term(),
                content.costShares(), content.benefitSharingRule(), content.compensationRule(),
                content.defectionPenalty(), content.supportRequests()), LifecycleDriver.coordinatorOf(participants[0]));
    }
}
