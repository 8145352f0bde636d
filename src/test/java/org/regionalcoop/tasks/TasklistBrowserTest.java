package org.regionalcoop.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.settlement.Settlements;
import org.regionalcoop.settlement.internal.SettlementProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff do the job in the Camunda Tasklist with a real browser (Debian's headless chromium through its
 * chromedriver). A coordinator logs in, finds the ballot in the shared filter by its name and its agreement's
 * title, claims it, reads what the ballot is about in the Camunda Form's read-only fields, consents and
 * completes it; the agreement moves on to its signatures. A leader then finds the signature the same way,
 * reads the text and the content hash shown, confirms with one tick, and the signature is recorded with that
 * hash. Liaoning's Shenyang and Guangdong's Shenzhen take part in no other test, so theirs are the only tasks
 * their filter shows. Screenshots of the ballot and the signature forms are kept in {@code target/browser/};
 * on failure a screenshot and the page's HTML too.
 */
@PlatformTest
class TasklistBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    TaskService tasks;

    @Autowired
    SettlementFixture settlements;

    @Autowired
    Settlements settlementsOf;

    private WebDriver browser;
    private WebDriverWait waiting;

    /**
     * A browser whose language is this (its Accept-Language and navigator.languages), started by each test in its
     * language: a browser costs a start of Chromium, so none is started only to be replaced.
     */
    private void startBrowser(String languages) {
        ChromeOptions options = HeadlessChromium.options(1400, 1300).addArguments("--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        browser = HeadlessChromium.start(HeadlessChromium.recording(options));
        waiting = HeadlessChromium.waiting(browser, PlatformTest.PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorAnswersAndALeaderSignsInTheTasklistSeeingWhatTheyDecideOn(TestInfo test) throws IOException {
        startBrowser("en-US,en");
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "10000000.00", "LN-SY", "GD-SZ");
        String title = agreement.current().content().title();
        lifecycle.complete(agreement, "user_cast_vote", "GD-SZ.coordinator", Map.of("answer", "consent"));
        String ballot = openTask(agreement, "user_cast_vote", "LN-SY.coordinator");

        try {
            logIn("bj.coordinator");
            click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
                    + "/a[contains(normalize-space(.), \"" + TasklistFilters.MY_TASKS + "\")]"));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//ol[contains(@class,'tasks-list')]"
                    + " | //div[contains(@class,'well')][contains(normalize-space(.), 'No task matching')]")));
            keep("tasklist-other-government");
            assertThat(browser.findElements(By.cssSelector("ol.tasks-list a[href*='task=" + ballot + "']")))
                    .as("Beijing takes no part: Shenyang's ballot is not in its Tasklist").isEmpty();
            signOut();

            logIn("ln-sy.coordinator");
            openThroughTheFilter(ballot, ballotName(title), title);
            assertThat(shownField("协议 / Agreement").getAttribute("value")).isEqualTo(title);
            assertThat(shownField("成本分担比例 / Cost shares").getAttribute("value")).isEqualTo("Shenyang (LN-SY) 50 %, Shenzhen (GD-SZ) 50 %");
            assertThat(shownField("提交表决的版本全文 / Text of the version put to the vote").getAttribute("value"))
                    .startsWith(title + " (version 1)").contains("Term: 2027-01-01 to 2031-12-31");
            click(By.xpath("//*[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='同意 / Consent']"));
            field("意见 / Comment", "textarea").sendKeys("Agreed by Shenyang in the Tasklist");
            keep("tasklist-ballot");
            click(By.xpath("//button[@ng-click='complete()']"));
            await().atMost(PlatformTest.PATIENCE).until(() -> tasks.createTaskQuery().taskId(ballot).count() == 0);
            signOut();
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }

        lifecycle.awaitContinuations(agreement);
        assertThat(lifecycle.openTasks(agreement, "user_sign_agreement")).as("both consented: the leaders sign next")
                .extracting(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("LN-SY.leader", "GD-SZ.leader");
        String hash = agreement.current().contentHash();
        lifecycle.complete(agreement, "user_sign_agreement", "GD-SZ.leader", Map.of("signedContentHash", hash));
        String signature = openTask(agreement, "user_sign_agreement", "LN-SY.leader");

        try {
            logIn("ln-sy.leader");
            openThroughTheFilter(signature, "签署 / Sign: " + title, title);
            assertThat(shownField("此版本的内容哈希值 / Content hash of this version").getAttribute("value")).isEqualTo(hash);
            assertThat(shownField("您签署的文本 / The text you sign").getAttribute("value")).startsWith(title + " (version 1)");
            click(By.xpath("//*[contains(@class,'fjs-form-field-checkbox')]//input[@type='checkbox']"));
            keep("tasklist-signature");
            click(By.xpath("//button[@ng-click='complete()']"));
            await().atMost(PlatformTest.PATIENCE).until(() -> tasks.createTaskQuery().taskId(signature).count() == 0);
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }

        lifecycle.awaitContinuations(agreement);
        assertThat(lifecycle.openTasks(agreement, "user_review_agreement")).as("signed by both with the hash shown: review next")
                .hasSize(1);
    }

    /**
     * A coordinator whose browser speaks Chinese signs in once and finds the Tasklist in Chinese (the webapp's
     * zh locale), the ballot among the tasks named in Chinese first, its form's labels and choices in Chinese first,
     * and the buttons to claim and complete it in Chinese.
     */
    @Test
    void aCoordinatorWhoseBrowserSpeaksChineseGetsTheTasklistInChinese(TestInfo test) throws IOException {
        startBrowser("zh-CN,zh");
        Agreement agreement = lifecycle.propose(AgreementType.FRAMEWORK, "10000000.00", "LN-SY", "GD-SZ");
        String title = agreement.current().content().title();
        String ballot = openTask(agreement, "user_cast_vote", "GD-SZ.coordinator");

        try {
            logIn("gd-sz.coordinator");
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//input[@placeholder='筛选任务']")));
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list a[href*='task=" + ballot + "']")));
            assertThat(relativeTimes()).as("the list as first shown: due and created, relative to now, in Chinese")
                    .isNotEmpty().allSatisfy(TasklistBrowserTest::chinese);
            openThroughTheFilter(ballot, ballotName(title), title);
            assertThat(browser.findElement(By.cssSelector(".names h2.task")).getText()).as("the task's name, Chinese first")
                    .isEqualTo(ballotName(title));
            assertThat(shownField("协议 / Agreement").getAttribute("value")).isEqualTo(title);
            assertThat(shownField("期限 / Term").getAttribute("value")).as("the context in the reader's language")
                    .isEqualTo("2027-01-01 至 2031-12-31");
            assertThat(shownField("成本分担比例 / Cost shares").getAttribute("value")).isEqualTo("沈阳市 (LN-SY) 50 %、深圳市 (GD-SZ) 50 %");
            assertThat(shownField("提交表决的版本全文 / Text of the version put to the vote").getAttribute("value"))
                    .startsWith(title + "（第 1 版）").contains("期限：2027-01-01 至 2031-12-31").doesNotContain("Term:", "yuan");
            assertThat(browser.findElement(By.cssSelector(".fjs-form-field-radio")).getText()).as("the question and its answers, Chinese first")
                    .contains("本政府的答复 / Your government's answer", "同意 / Consent", "拒绝 / Decline", "要求修改 / Ask for amendments");
            assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//button[@ng-click='complete()']"))).getText()).isEqualTo("完成");
            assertThat(browser.findElement(By.cssSelector("li.account > a")).getText()).isNotBlank();
            assertThat(relativeTimes()).as("the task's due date and the list's times, relative to now, in Chinese")
                    .isNotEmpty().allSatisfy(TasklistBrowserTest::chinese);
            keep("tasklist-ballot-zh");
            signOut();
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }
    }

    /**
     * An arbitrator reads what the objection is about (every participant's position, who objects and why, the
     * transfers) and adjusts the settlement by choosing payer and payee by their names, not by typing codes.
     */
    @Test
    void anArbitratorChoosesPayerAndPayeeByNameInTheTasklist(TestInfo test) throws IOException {
        startBrowser("zh-CN,zh");
        Agreement agreement = settlements.changshaZhuzhouXiangtan();
        settlements.ringRoad(agreement);
        ProcessInstance settlement = settlements.settle(agreement, SettlementKind.PERIODIC, SettlementFixture.END_OF_2027);
        settlements.confirm(settlement, SettlementFixture.CS, SettlementFixture.XT);
        tasks.complete(settlements.task(settlement, SettlementProcess.USER_CONFIRM_SETTLEMENT, SettlementFixture.ZZ + ".finance_officer")
                .getId(), Map.of("answer", "object", "objectionReason", "长沙承诺承担我方10万元"));
        settlements.awaitContinuations(settlement);
        String arbitration = settlements.task(settlement, SettlementProcess.USER_ARBITRATE_SETTLEMENT, SettlementFixture.ARBITRATORS).getId();

        try {
            logIn("hn-pca.arbitrator");
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + arbitration);
            click(By.cssSelector("button.claim"));
            waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
            assertThat(shownField("各参与方的结算头寸 / Positions of the participants").getAttribute("value"))
                    .contains("长沙市 (HN-CS)：净额 +1,000,000.00 元", "株洲市 (HN-ZZ)：净额 -500,000.00 元");
            assertThat(shownField("异议 / Objections").getAttribute("value")).isEqualTo("株洲市 (HN-ZZ)提出异议：长沙承诺承担我方10万元");
            click(By.xpath("//*[contains(@class,'fjs-form-field-radio')]//label[starts-with(normalize-space(), '调整')]"));
            waiting.until(page -> {
                List<String> placeholders = page.findElements(By.cssSelector(".fjs-select-placeholder")).stream()
                        .map(WebElement::getText).toList();
                return !placeholders.isEmpty() && placeholders.stream().allMatch("请选择"::equals);
            });
            choose("付款方 / Payer", "长沙市");
            choose("收款方 / Payee", "株洲市");
            field("金额（元） / Amount (yuan)", "input").sendKeys("100,000.00");
            field("理由 / Reason*", "textarea").sendKeys("联席会议纪要");
            keep("tasklist-arbitration-zh");
            click(By.xpath("//button[@ng-click='complete()']"));
            await().atMost(PlatformTest.PATIENCE).until(() -> tasks.createTaskQuery().taskId(arbitration).count() == 0);
        } catch (RuntimeException | AssertionError failure) {
            keepEvidence(test);
            throw failure;
        }

        settlements.awaitContinuations(settlement);
        assertThat(settlementsOf.ofAgreement(agreement.id()).get(0).arbitration().adjustments())
                .extracting(adjustment -> adjustment.payer() + "->" + adjustment.payee() + " " + adjustment.amount())
                .containsExactly("HN-CS->HN-ZZ 100000.00");
    }

    /** Picks an option of a Camunda Form's select (a drop-down list of its own, not the browser's) by its text. */
    private void choose(String label, String option) {
        click(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[normalize-space()='" + label + "']]"
                + "//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input-group')]"));
        click(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[normalize-space()='" + label + "']]"
                + "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"));
    }

    private String openTask(Agreement agreement, String taskDefinitionKey, String candidateGroup) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey(taskDefinitionKey).taskCandidateGroup(candidateGroup).singleResult().getId();
    }

    /** A ballot's name in the Tasklist: the step in Chinese, then in English, and its agreement's title once. */
    private static String ballotName(String title) {
        return "答复 / Answer: " + title + " (第 1 轮 / round 1)";
    }

    /** Opens the task from the shared filter, where it is listed by its name with its agreement's title, and claims it. */
    private void openThroughTheFilter(String taskId, String name, String title) {
        click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
                + "/a[contains(normalize-space(.), \"" + TasklistFilters.MY_TASKS + "\")]"));
        By listed = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task=" + taskId + "')]]");
        String card = waiting.ignoring(StaleElementReferenceException.class).until(page -> {
            String text = page.findElement(listed).getAttribute("textContent").replaceAll("\\s+", " ");
            return text.contains("Agreement:") ? text : null;
        });
        assertThat(card).as("the task's name and the filter's variables").contains(name, "协议 / Agreement: " + title, "截止时间 / Due: ");
        click(By.cssSelector("ol.tasks-list a[href*='task=" + taskId + "']"));
        click(By.cssSelector("button.claim"));
        // The form opens for input once the claim is answered.
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    }

    /** What the Tasklist shows relative to now ("几秒前", "14 天后"; moment.js through angular-moment's am-time-ago). */
    private List<String> relativeTimes() {
        return browser.findElements(By.cssSelector("[am-time-ago]")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    private static void chinese(String text) {
        assertThat(text).as("a time relative to now").containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]");
    }

    /** A read-only field of the Camunda Form, by its label. */
    private WebElement shownField(String label) {
        WebElement shown = waiting.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field')][.//label[normalize-space()='" + label + "']]//*[self::input or self::textarea]")));
        assertThat(shown.isEnabled()).as("%s is shown, not asked for", label).isFalse();
        return shown;
    }

    private WebElement field(String label, String element) {
        return waiting.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field')][.//label[normalize-space()='" + label + "']]//" + element)));
    }

    /** A screenshot of the page as staff see it, kept whether the test passes or not. */
    private void keep(String name) throws IOException {
        HeadlessChromium.keep(browser, name);
    }

    /**
     * Signs in once, at the workbench's login page the Tasklist sends a stranger to, and is taken back to the
     * Tasklist signed in there too (single sign-on): no second login, no engine password typed into the webapp.
     */
    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        HeadlessChromium.signIn(browser, waiting, user);
        waiting.until(ExpectedConditions.urlContains("/camunda/app/tasklist/default/"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.task-filter")));
    }

    /** Signs out in the Tasklist's own menu, which ends the workbench's session too and returns to its login page. */
    private void signOut() {
        click(By.cssSelector("li.account > a"));
        click(By.cssSelector("li.logout > a"));
        waiting.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get("http://localhost:" + port + "/");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    /** Clicks the element once it is clickable, scrolled to the middle of the page: a long form reaches below the footer. */
    private void click(By target) {
        WebElement element = waiting.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void keepEvidence(TestInfo test) throws IOException {
        String name = test.getTestMethod().orElseThrow().getName();
        // With the webapp's calls to the engine, whose failures its notifications show without their reason.
        HeadlessChromium.keepEvidence(browser, name);
    }
}
