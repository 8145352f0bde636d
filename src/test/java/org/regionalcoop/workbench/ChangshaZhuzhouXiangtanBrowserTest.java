package org.regionalcoop.workbench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementStatus;
import org.regionalcoop.settlement.Settlements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaAdmin;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * The Changsha-Zhuzhou-Xiangtan case through the workbench, in a real browser, as the staff of each
 * government: Changsha's coordinator proposes, the three coordinators consent, the three leaders sign,
 * Hunan's agency approves and awards the investment, Changsha registers the sewage plant, each finance
 * officer reports its contribution paid, and after Changsha's finance system reported the plant's tax revenue
 * (over Kafka, as it does) and the settlement came due (time is advanced by hand), each finance officer
 * confirms the settlement seeing every position and who pays whom. Once in English and once in Chinese, where
 * no page may show an English word.
 */
@PlatformTest
class ChangshaZhuzhouXiangtanBrowserTest {

    private static final List<String> CZT = List.of("HN-CS", "HN-ZZ", "HN-XT");
    private static final By CONFIRMED = By.cssSelector(".panel--confirmation");
    private static final By ANSWER = By.cssSelector("#answer button[type=submit]");
    private static final By CONTINUE = By.cssSelector("button[value=check]");

    @LocalServerPort
    int port;

    @Autowired
    Agreements agreements;

    @Autowired
    Settlements settlements;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    TaskService tasks;

    @Autowired
    KafkaAdmin kafka;

    @Test
    void theCaseGoesFromProposalToAConfirmedSettlementInEnglish(TestInfo test) throws IOException {
        String title = "Xiang River joint environmental protection " + number();
        StaffBrowser.walk(port, "en", test, staff -> walkThrough(staff, title));
    }

    @Test
    void theCaseGoesFromProposalToAConfirmedSettlementInChinese(TestInfo test) throws IOException {
        String title = "湘江流域联合环境保护协议 " + number();
        StaffBrowser.walk(port, "zh-CN", test, staff -> walkThrough(staff, title));
    }

    private void walkThrough(StaffBrowser staff, String title) throws IOException {
        AgreementId id = propose(staff, title);
        for (String government : CZT) {
            staff.signIn(login(government, "coordinator"));
            staff.openTask(title);
            staff.click(By.id("field-answer-consent"));
            staff.submit(ANSWER, CONFIRMED);
        }
        for (String government : CZT) {
            staff.signIn(login(government, "leader"));
            staff.openTask(title);
            staff.submit(ANSWER, By.cssSelector(".warning-text"));
            staff.submit(By.cssSelector("main form button[type=submit]"), CONFIRMED);
        }
        staff.signIn("hn-pca.reviewer");
        staff.openTask(title);
        staff.click(By.id("field-reviewDecision-approve"));
        staff.submit(ANSWER, CONFIRMED);
        staff.signIn("hn-pca.grant_officer");
        staff.openTask(title);
        assertThat(staff.main()).contains("120,000,000.50 元");
        staff.click(By.id("field-grantDecision-award"));
        staff.submit(ANSWER, CONFIRMED);
        lifecycle.awaitContinuations(id);
        assertThat(agreements.current(id).status()).isEqualTo(AgreementStatus.APPROVED);

        registerTheSewagePlant(staff, id);
        String yesterday = PeoplesDays.today().minusDays(1).toString();
        Map<String, String> contributions = Map.of("HN-CS", "7,200,000.00", "HN-ZZ", "6300000", "HN-XT", "４,５００,０００");
        for (String government : CZT) {
            staff.signIn(login(government, "finance_officer"));
            staff.open("/agreements/" + id);
            staff.click(By.cssSelector("a[id^=report-payment-]"));
            staff.waitFor(By.id("field-amount"));
            staff.translated();
            staff.type(By.id("field-amount"), contributions.get(government));
            staff.type(By.id("field-paidOn"), yesterday);
            if (government.equals("HN-XT")) {
                staff.shoot("13-contribution");
            }
            staff.submit(CONTINUE, By.cssSelector("button[value=report]"));
            staff.submit(By.cssSelector("button[value=report]"), CONFIRMED);
        }

        reportTheTaxRevenueAndLetTheSettlementComeDue(id, yesterday);
        for (String government : CZT) {
            staff.signIn(login(government, "finance_officer"));
            staff.openTask(title);
            assertThat(staff.main()).as("every position and who pays whom, before the answer")
                    .contains("999,999.00 元", "1,999,998.00 元",
                            staff.chinese() ? "长沙市向株洲市支付" : "Changsha pays Zhuzhou",
                            staff.chinese() ? "长沙市向湘潭市支付" : "Changsha pays Xiangtan");
            if (government.equals("HN-ZZ")) {
                staff.shoot("14-settlement-confirmation");
            }
            staff.click(By.id("field-answer-confirm"));
            staff.submit(ANSWER, CONFIRMED);
        }
        // The last answer finalizes the settlement in a job after the answer committed.
        lifecycle.awaitContinuations(id);
        List<Settlement> settled = settlements.ofAgreement(id);
        assertThat(settled.get(settled.size() - 1).status()).isIn(SettlementStatus.FINALIZED, SettlementStatus.COMPLETED);

        staff.signIn("hn-zz.coordinator");
        staff.open("/agreements/" + id);
        staff.waitFor(By.cssSelector(".settlement-transfers"));
        staff.shoot("15-agreement-settled");
    }

    private AgreementId propose(StaffBrowser staff, String title) throws IOException {
        staff.signIn("hn-cs.coordinator");
        staff.open("/agreements/new");
        staff.type(By.id("field-title"), title);
        staff.click(By.id("type-SPECIALIZED"));
        staff.click(By.id("mode-BOTTOM_UP"));
        staff.click(By.id("cooperation-TRANSPORT"));
        staff.click(By.id("cooperation-ENVIRONMENT"));
        Map<String, String> shares = Map.of("HN-CS", "33.3334", "HN-ZZ", "33.3333", "HN-XT", "３３.３３３３");
        for (String government : CZT) {
            if (!staff.driver().findElement(By.id("participant-" + government)).isSelected()) {
                staff.click(By.id("participant-" + government));
            }
            staff.type(By.id("share-" + government), shares.get(government));
        }
        new Select(staff.driver().findElement(By.id("field-secretariat"))).selectByValue("HN-CS");
        staff.type(By.id("term-start"), "2027-01-01");
        staff.type(By.id("term-end"), "2031-12-31");
        staff.type(By.id("field-benefitSharingRule"), staff.chinese() ? "联合项目的税收按成本分担比例分享" : "Tax revenue from joint projects is shared by cost share");
        staff.type(By.id("field-compensationRule"), staff.chinese() ? "承担环境负担的地区每年获得补偿" : "Participants hosting environmental burdens are compensated yearly");
        staff.type(By.id("field-penalty"), "5,000,000");
        new Select(staff.driver().findElement(By.id("support-0-type"))).selectByValue("INFRASTRUCTURE_INVESTMENT");
        staff.type(By.id("support-0-amount"), "120,000,000.50");
        staff.type(By.id("support-0-description"), staff.chinese() ? "湘江污水处理设施" : "Xiang River sewage works");
        staff.submit(CONTINUE, By.cssSelector("button[value=propose]"));
        assertThat(staff.main()).contains(staff.chinese() ? "湖南省区域协调机构" : "Hunan Provincial Coordination Agency");
        staff.submit(By.cssSelector("button[value=propose]"), CONFIRMED);
        return AgreementId.of(staff.driver().findElement(By.id("agreement-id")).getAttribute("data-id"));
    }

    private void registerTheSewagePlant(StaffBrowser staff, AgreementId id) throws IOException {
        staff.signIn("hn-cs.coordinator");
        staff.open("/agreements/" + id);
        staff.click(By.id("action-project"));
        staff.waitFor(By.id("field-name"));
        staff.translated();
        staff.type(By.id("field-name"), staff.chinese() ? "湘江污水处理厂" : "Xiang River sewage treatment plant");
        new Select(staff.driver().findElement(By.id("field-lead"))).selectByValue("HN-CS");
        new Select(staff.driver().findElement(By.id("field-field"))).selectByValue("ENVIRONMENT");
        new Select(staff.driver().findElement(By.id("field-location"))).selectByValue("HN-ZZ");
        staff.type(By.id("field-budget"), "30,000,000");
        staff.type(By.id("field-grantPart"), "12,000,000");
        staff.type(By.id("share-HN-CS"), "40");
        staff.type(By.id("share-HN-ZZ"), "35");
        staff.type(By.id("share-HN-XT"), "25");
        staff.type(By.id("milestone-0-name"), staff.chinese() ? "设计" : "Design");
        staff.type(By.id("milestone-0-due"), "2027-06-30");
        staff.type(By.id("milestone-0-grant"), "4,000,000");
        staff.type(By.id("milestone-1-name"), staff.chinese() ? "建设" : "Build");
        staff.type(By.id("milestone-1-due"), "2028年12月31日");
        staff.type(By.id("milestone-1-grant"), "8,000,000");
        staff.shoot("12-project-registration");
        staff.submit(CONTINUE, By.cssSelector("button[value=register]"));
        staff.submit(By.cssSelector("button[value=register]"), CONFIRMED);
        // Another test's project of the area may make this one look like repeated construction: the
        // secretariat, Changsha again, confirms it through its task page.
        for (Task resolution : lifecycle.openTasks(agreements.current(id), "user_resolve_repeated_construction")) {
            staff.open("/tasks/" + resolution.getId());
            staff.click(By.id("field-resolution-confirm"));
            staff.type(By.id("field-resolutionReason"), staff.chinese() ? "不重复建设" : "Not a duplicate");
            staff.submit(ANSWER, CONFIRMED);
        }
    }

    /** Changsha's finance system reports the plant's tax revenue over Kafka; then the settlement comes due. */
    private void reportTheTaxRevenueAndLetTheSettlementComeDue(AgreementId id, String yesterday) {
        try (ParticipantSystems systems = new ParticipantSystems(
                kafka.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG))) {
            systems.send("coop.finance-reports.v1", "HN-CS", "settlement.benefit-reported", Map.of("agreementId", id.toString(),
                    "participant", "HN-CS", "amount", "3000000.00", "periodStart", yesterday, "periodEnd", yesterday,
                    "description", "Tax revenue from the plant's operator"));
        }
        await().atMost(PATIENCE).until(() -> settlements.benefitReports(id, LifecycleDriver.ADMINISTRATOR).size() == 1);
        lifecycle.fireTimer(agreements.current(id), "timer_settlement_due");
    }

    private static String login(String government, String role) {
        return government.toLowerCase() + "." + role;
    }

    /** A number that tells this run's agreement from the others', in digits so no language is needed. */
    private static long number() {
        return UUID.randomUUID().getLeastSignificantBits() & 0xFFFFFFL;
    }
}
