package org.regionalcoop.workbench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the board says where a duty officer would misread it: an agreement that ended, and a board on which
 * nothing matches (BoardBrowserTest walks the board itself).
 */
@PlatformTest
class AgreementBoardTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Agreements agreements;

    MockMvc mvc;

    private final String mark = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    @Test
    void anEndedAgreementSaysWhenItEndedNotZeroDaysInItsStage() throws Exception {
        Agreement agreement = propose("太湖治理 Taihu clean-up " + mark, "SH", "JS");
        lifecycle.reachConsensus(agreement);
        lifecycle.complete(agreement, "user_review_agreement", "CN-CCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "Duplicates an existing national programme"));
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.REJECTED);

        assertThat(ageCell(board("en"))).contains("Rejected on ").doesNotContain("days");
        assertThat(ageCell(board("zh-CN"))).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日驳回").doesNotContain("天");
    }

    @Test
    void aBoardOnWhichNothingMatchesSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
        propose("洞庭湖航运 Dongting shipping " + mark, "HN-CS", "HN-ZZ");

        String nothing = WorkbenchLogin.page(mvc, "/board?q=" + query() + "&government=XJ",
                WorkbenchLogin.signIn(mvc, "admin"), "en");
        assertThat(nothing).contains("id=\"board-empty\"", "No agreement you may see matches these filters.")
                .doesNotContain("board-charts", "funnel-chart", "throughput-chart");

        String one = WorkbenchLogin.page(mvc, "/board?q=" + query(), WorkbenchLogin.signIn(mvc, "admin"), "zh-CN");
        assertThat(one).contains("id=\"board-charts\"", "id=\"funnel-chart\"", "id=\"throughput-chart\"")
                .doesNotContain("id=\"board-empty\"", "throughput-quiet");
        String old = WorkbenchLogin.page(mvc, "/board?q=" + query() + "&proposedTo=2001-01-01&proposedFrom=2000-01-01",
                WorkbenchLogin.signIn(mvc, "admin"), "zh-CN");
        assertThat(old).contains("没有符合这些筛选条件且您可查看的协议").doesNotContain("board-charts");
    }

    private String board(String language) throws Exception {
        return WorkbenchLogin.page(mvc, "/board?q=" + query(), WorkbenchLogin.signIn(mvc, "admin"), language);
    }

    private String query() {
        return URLEncoder.encode(mark, StandardCharsets.UTF_8);
    }

    /** The one row's "in this stage" cell. */
    private static String ageCell(String page) {
        int row = page.indexOf("class=\"board-row\"");
        assertThat(row).as("the agreement is on the board").isPositive();
        String[] cells = page.substring(row, page.indexOf("</tr>", row)).split("<td");
        return cells[3];
    }

    private Agreement propose(String title, String... participants) {
        AgreementContent content = LifecycleDriver.content(AgreementType.FRAMEWORK, "1000000.00", participants);
        return agreements.propose(new GovernmentCode(participants[0]), new AgreementContent(title, content.fields(),
                content.participants(), content.secretariat(), content.mode(), content.type(), content.term(),
                content.costShares(), content.benefitSharingRule(), content.compensationRule(),
                content.defectionPenalty(), content.supportRequests()), LifecycleDriver.coordinatorOf(participants[0]));
    }
}
