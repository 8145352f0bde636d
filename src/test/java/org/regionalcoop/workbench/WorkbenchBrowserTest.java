package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Yangtze River Delta agreement from proposal to in force through the workbench only, in a real browser
 * (Debian's headless chromium through its chromedriver), as the staff of each government: Shanghai's
 * coordinator proposes, the four coordinators consent, the four leaders sign, the central agency's
 * reviewer approves (the agreement is in force) and its grant officer awards the support requested. Once in
 * English and once in Chinese, where no page may show an English word. On failure a screenshot and the
 * page's HTML are left in {@code target/browser/}; the main pages are saved to {@code docs/screenshots/} when
 * {@code -Dworkbench.screenshots=docs/screenshots} is given (see docs/workbench.md).
 */
@PlatformTest
class WorkbenchBrowserTest {

    private static final List<String> DELTA = List.of("SH", "JS", "ZJ", "AH");
    private static final By CONFIRMED = By.cssSelector(".panel--confirmation");
    private static final By ANSWER = By.cssSelector("#answer button[type=submit]");

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver lifecycle;

    @Test
    void theDeltaAgreementGoesFromProposalToInForceInEnglish(TestInfo test) throws IOException {
        String title = "Yangtze River Delta transport integration " + UUID.randomUUID().toString().substring(0, 8);
        StaffBrowser.walk(port, "en", test, staff -> walkThrough(staff, title));
    }

    @Test
    void theDeltaAgreementGoesFromProposalToInForceInChinese(TestInfo test) throws IOException {
        String title = "长三角交通一体化合作协议 " + (UUID.randomUUID().getLeastSignificantBits() & 0xFFFFFFL);
        StaffBrowser.walk(port, "zh-CN", test, staff -> walkThrough(staff, title));
    }

    private void walkThrough(StaffBrowser staff, String title) throws IOException {
        staff.signIn("sh.coordinator");
        staff.shoot("01-my-work");
        propose(staff, title);
        AgreementId id = AgreementId.of(staff.driver().findElement(By.id("agreement-id")).getAttribute("data-id"));

        for (String government : DELTA) {
            staff.signIn(government.toLowerCase() + ".coordinator");
            staff.openTask(title);
            if (government.equals("JS")) {
                staff.shoot("04-ballot");
            }
            staff.click(By.id("field-answer-consent"));
            staff.submit(ANSWER, CONFIRMED);
            if (government.equals("JS")) {
                staff.shoot("05-answer-recorded");
            }
            assertThat(staff.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(staff.chinese() ? "zh-CN" : "en");
        }
        for (String government : DELTA) {
            staff.signIn(government.toLowerCase() + ".leader");
            staff.openTask(title);
            if (government.equals("SH")) {
                staff.shoot("06-signature");
            }
            staff.submit(ANSWER, By.cssSelector(".warning-text"));
            if (government.equals("SH")) {
                staff.shoot("07-signature-check");
            }
            staff.submit(By.cssSelector("main form button[type=submit]"), CONFIRMED);
        }
        lifecycle.awaitContinuations(id);
        assertThat(agreements.current(id).status()).isEqualTo(AgreementStatus.IN_APPROVAL);
        staff.signIn("sh.coordinator");
        staff.open("/agreements/" + id + "/revise");
        assertThat(staff.text(By.id("revision-refusal"))).as("the revise page says at once why not")
                .contains(staff.chinese() ? "正在审批中" : "is with its reviewers");
        staff.fitsAPhone();
        staff.shoot("07-revision-while-under-review");

        staff.signIn("cn-cca.reviewer");
        staff.openTask(title);
        staff.submit(ANSWER, By.cssSelector(".error-summary"));
        staff.shoot("08-review-refused");
        staff.click(By.id("field-reviewDecision-approve"));
        staff.type(By.id("field-conditions"), staff.chinese() ? "每半年报告一次进展" : "Report progress every half year");
        staff.submit(ANSWER, CONFIRMED);
        staff.shoot("09-approved");
        lifecycle.awaitContinuations(id);
        assertThat(agreements.current(id).status()).as("approved: in force").isEqualTo(AgreementStatus.APPROVED);

        staff.signIn("cn-cca.grant_officer");
        staff.openTask(title);
        assertThat(staff.main()).as("the amounts before the decision").contains("20,000,000.00 元");
        staff.fitsAPhone();
        staff.shoot("10-grant-decision");
        staff.click(By.id("field-grantDecision-award"));
        staff.submit(ANSWER, CONFIRMED);

        staff.signIn("sh.coordinator");
        staff.open("/agreements/" + id);
        staff.waitFor(By.cssSelector(".timeline__list"));
        staff.shoot("11-agreement");
    }

    private void propose(StaffBrowser staff, String title) throws IOException {
        staff.click(By.linkText(staff.chinese() ? "提出合作协议" : "Propose an agreement"));
        staff.translated();
        staff.fitsAPhone();
        staff.type(By.id("field-title"), title);
        staff.click(By.id("type-FRAMEWORK"));
        staff.click(By.id("mode-BOTTOM_UP"));
        staff.click(By.id("cooperation-TRANSPORT"));
        for (String government : DELTA) {
            WebElement participant = staff.driver().findElement(By.id("participant-" + government));
            if (!participant.isSelected()) {
                staff.click(By.id("participant-" + government));
            }
            staff.type(By.id("share-" + government), government.equals("AH") ? "２５" : "25");
        }
        assertThat(staff.driver().findElement(By.id("share-total")).getText()).as("the sum as the proposer types").isEqualTo("100");
        new Select(staff.driver().findElement(By.id("field-secretariat"))).selectByValue("SH");
        staff.type(By.id("term-start"), "2027-01-01");
        staff.type(By.id("term-end"), staff.chinese() ? "2031年12月31日" : "2031/12/31");
        staff.type(By.id("field-benefitSharingRule"), staff.chinese() ? "按成本分担比例分享" : "By cost share");
        staff.type(By.id("field-compensationRule"), staff.chinese() ? "每年补偿承担设施的地区" : "Yearly compensation of the hosts");
        staff.type(By.id("field-penalty"), "1,000,000.00");
        new Select(staff.driver().findElement(By.id("support-0-type"))).selectByValue("FISCAL_TRANSFER");
        staff.type(By.id("support-0-amount"), "20,000,000");
        staff.type(By.id("support-0-description"), staff.chinese() ? "区域交通专项资金" : "Regional transport fund");
        staff.shoot("02-propose");
        staff.submit(By.cssSelector("button[value=check]"), By.cssSelector("button[value=propose]"));
        assertThat(staff.main()).contains(staff.chinese() ? "中央区域协调机构" : "Central Regional Coordination Agency")
                .contains("20,000,000.00 元");
        staff.shoot("03-proposal-check");
        if (!staff.chinese()) {
            // The session ends on the check page: the answers are found in the form again after signing in again.
            staff.driver().manage().deleteCookieNamed("JSESSIONID");
            staff.driver().findElement(By.cssSelector("button[value=propose]")).click();
            staff.click(By.id("expired-form"));
            staff.signInAgain("sh.coordinator");
            staff.until(page -> page.findElement(By.id("kept-input")).isDisplayed());
            assertThat(staff.driver().findElement(By.id("field-title")).getAttribute("value")).isEqualTo(title);
            assertThat(staff.driver().findElement(By.id("share-AH")).getAttribute("value")).isEqualTo("２５");
            assertThat(staff.driver().findElement(By.id("support-0-amount")).getAttribute("value")).isEqualTo("20,000,000");
            assertThat(staff.driver().findElement(By.id("participant-ZJ")).isSelected()).isTrue();
            staff.submit(By.cssSelector("button[value=check]"), By.cssSelector("button[value=propose]"));
        }
        staff.submit(By.cssSelector("button[value=propose]"), CONFIRMED);
    }
}
