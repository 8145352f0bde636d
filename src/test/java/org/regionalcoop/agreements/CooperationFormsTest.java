package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.projects.ContributionStatus;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.settlement.SettlementFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;
import static org.regionalcoop.agreements.ProposalRequests.contentOf;
import static org.regionalcoop.agreements.ProposalRequests.example;
import static org.regionalcoop.agreements.ProposalRequests.read;
import static org.regionalcoop.agreements.ProposalRequests.share;
import static org.regionalcoop.agreements.ProposalRequests.withContent;

/**
 * The forms of cooperation beyond bottom-up, each from its example proposal in {@code docs/examples/proposeAgreement/},
 * driven through the REST APIs and Kafka only: a horizontal summit of Japanese prefectures binds itself by its
 * members' signatures, with no superior anywhere in its registry tree; a top-down pilot goes to the initiating
 * centre for review and funding; counterpart support asks its supporter alone, and a superior only for support.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class CooperationFormsTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ApiStaff staff;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    Projects projects;

    @Autowired
    SettlementFixture settlementFixture;

    @Test
    void everyExampleProposalIsAcceptedFromItsInitiatorsCoordinator() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(ProposalRequests.EXAMPLES)) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        // Each form's example is named after its mode; the mechanisms built on a form are named after themselves.
        Map<String, String> modes = Map.of("bottom-up.json", "bottom-up", "counterpart-support.json",
                "counterpart-support", "horizontal.json", "horizontal", "horizontal-council.json", "horizontal",
                "network-fund.json", "horizontal", "cross-border.json", "horizontal",
                "top-down.json", "top-down");
        assertThat(examples).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(modes.keySet());
        for (Path example : examples) {
            Map<String, Object> proposal = read(example);
            Map<String, Object> proposed = as(((String) proposal.get("initiator")).toLowerCase() + ".coordinator")
                    .propose(proposal);
            assertThat((Map<String, Object>) ((Map<String, Object>) proposed.get("current")).get("content"))
                    .as(example.toString()).containsEntry("mode", modes.get(example.getFileName().toString()));
        }
    }

    @Test
    void aHorizontalSummitIsAdoptedByItsMembersSignaturesWithoutAnySuperior() {
        Map<String, Object> summit = example("horizontal");
        List<String> members = (List<String>) contentOf(summit).get("participants");

        Map<String, Object> vertical = withContent(summit, "mode", "bottom-up");
        List<Map<String, Object>> refused = (List<Map<String, Object>>) as("jp-tk.coordinator")
                .post("/api/agreements", vertical, HttpStatus.BAD_REQUEST).get("errors");
        assertThat(refused).as("bottom-up, the same members would need an agency Japan does not register")
                .containsExactly(Map.of("field", "content.participants", "message", "no coordination agency reviews "
                        + "agreements among JP-TK and JP-KN and JP-ST and JP-CB: the central government JP "
                        + "(Government of Japan) has none"));
        Map<String, Object> asking = withContent(summit, "supportRequests",
                List.of(Map.of("type", "fiscal-transfer", "amount", "1000000.00")));
        assertThat((List<Map<String, Object>>) as("jp-tk.coordinator").post("/api/agreements", asking,
                HttpStatus.BAD_REQUEST).get("errors")).extracting(error -> error.get("field"))
                .containsExactly("content.supportRequests");

        Map<String, Object> proposed = as("jp-tk.coordinator").propose(summit);
        String id = (String) proposed.get("id");
        Map<String, Object> current = (Map<String, Object>) proposed.get("current");
        try (AgreementFeed feed = new AgreementFeed(bootstrapServers(), id);
             ParticipantSystems systems = new ParticipantSystems(bootstrapServers())) {
            feed.await("consensus.round-opened", data -> data.get("round").asInt() == 1);
            as("jp-tk.coordinator").complete("JP-TK.coordinator", "user_cast_vote", id, Map.of("answer", "consent"));
            CooperationOffices.consent(systems, id, 1, members.subList(1, members.size()));
            feed.await("consensus.round-closed", data -> data.get("round").asInt() == 1);
            CooperationOffices.sign(systems, id, current.get("number"), current.get("contentHash"), members, "Governor");
            feed.await("agreement.status-changed", data -> data.get("to").asText().equals("adopted"));
            assertThat(feed.events()).extracting(AgreementFeed.Event::type)
                    .as("no superior routes, reviews or grants anything").doesNotContain("approval.routed", "grant.reserved");
        }

        assertThat(as("jp-kn.coordinator").agreement(id)).containsEntry("status", "adopted");
        assertThat(as("cn-cca.reviewer").tasks("CN-CCA.reviewer", "user_review_agreement", id)).isEmpty();
        Map<String, Object> project = as("jp-tk.coordinator").post("/api/agreements/{id}/projects", Map.of(
                "name", "Shared disaster stockpile", "lead", "JP-TK", "field", "disaster-prevention", "location", "JP-ST",
                "budget", "4000000.00", "grantPart", "0.00",
                "costShares", List.of(share("JP-TK", "40"), share("JP-KN", "20"), share("JP-ST", "20"), share("JP-CB", "20")),
                "milestones", List.of(Map.of("name", "Stockpile stocked", "dueDate", "2027-12-31", "grantAmount", "0.00"))),
                HttpStatus.CREATED, id);
        assertThat(project).as("projects run under an adopted agreement").containsKey("id");
        assertThat(anonymous.withBasicAuth("hn-cs.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/projects/{id}", String.class, project.get("id")).getStatusCode())
                .as("no agency stands above the summit, so outsiders are told it is not there")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTopDownPilotIsReviewedAndFundedByTheInitiatingCentre() {
        Map<String, Object> pilot = example("top-down");
        String id = staff.agreedByAll(as("cn.coordinator").propose(pilot), List.of("hn-cs", "hn-zz"));

        assertThat(as("hn-pca.reviewer").tasks("HN-PCA.reviewer", "user_review_agreement", id))
                .as("the province the cities belong to does not review the centre's pilot").isEmpty();
        as("cn-cca.reviewer").complete("CN-CCA.reviewer", "user_review_agreement", id, Map.of("reviewDecision", "approve"));
        assertThat(as("hn-cs.coordinator").agreement(id)).containsEntry("status", "approved");

        List<Map<String, Object>> grants = as("hn-cs.coordinator").list("/api/agreements/{id}/grants", id);
        assertThat(grants).extracting(grant -> grant.get("supportType") + ":" + grant.get("agency"))
                .containsExactlyInAnyOrder("fiscal-transfer:CN-CCA", "pilot-zone-status:CN-CCA");
        Map<String, Object> transfer = grants.stream().filter(grant -> grant.get("supportType").equals("fiscal-transfer"))
                .findFirst().orElseThrow();
        assertThat(transfer).as("the centre funds its pilot in full, not by the plate's share")
                .containsEntry("centralSharePercent", 100).containsEntry("shareAmount", "1000000.00");
        assertThat(as("hn-pca.grant_officer").tasks("HN-PCA.grant_officer", "user_decide_grant", id)).isEmpty();
        assertThat(as("cn-cca.grant_officer").tasks("CN-CCA.grant_officer", "user_decide_grant", id)).hasSize(2);
    }

    @Test
    void counterpartSupportAsksOnlyTheSupporterAndASuperiorOnlyWhenItRequestsSupport() {
        Map<String, Object> pairing = example("counterpart-support");
        String id = signedBySupporter(pairing);
        assertThat(as("xj-ur.coordinator").agreement(id)).as("binding by Shanghai's signature")
                .containsEntry("status", "adopted");
        assertThat(as("cn-cca.reviewer").tasks("CN-CCA.reviewer", "user_review_agreement", id)).isEmpty();

        String funded = signedBySupporter(withContent(pairing, "supportRequests",
                List.of(Map.of("type", "fiscal-transfer", "amount", "2000000.00", "description", "Teachers' exchange"))));
        assertThat(as("sh.coordinator").agreement(funded)).as("support from the centre needs the centre's approval")
                .containsEntry("status", "in-approval");
        assertThat(as("cn-cca.reviewer").tasks("CN-CCA.reviewer", "user_review_agreement", funded)).hasSize(1);
    }

    /**
     * Benefits divided by population need every participant's population in the registry; the demo registry states
     * none (the shared regional indicators are per plate, not per government), so the proposal is refused at once,
     * naming whose figure is missing, and a basis with benefit shares of its own besides names those too.
     */
    @Test
    void benefitsByPopulationAreRefusedAtProposalForParticipantsTheRegistryStatesNoPopulationFor() {
        Map<String, Object> proposal = withContent(withContent(example("horizontal"), "participants", List.of("SH", "JS")),
                "secretariat", "SH");
        proposal.put("initiator", "SH");
        proposal = withContent(withContent(proposal, "costShares", List.of(share("SH", "50"), share("JS", "50"))),
                "benefitBasis", "population");

        assertThat((List<Map<String, Object>>) as("sh.coordinator").post("/api/agreements", proposal,
                HttpStatus.BAD_REQUEST).get("errors")).containsExactly(Map.of("field", "content.benefitBasis",
                "message", "the registry states no population for SH, JS; benefits cannot be divided by it"));
        assertThat((List<Map<String, Object>>) as("sh.coordinator").post("/api/agreements",
                withContent(withContent(proposal, "benefitBasis", "gdp"), "benefitShares",
                        List.of(share("SH", "70"), share("JS", "30"))), HttpStatus.BAD_REQUEST).get("errors"))
                .extracting(error -> error.get("field")).containsExactlyInAnyOrder("content.benefitBasis",
                        "content.benefitShares");
    }

    /**
     * Shanghai and Jiangsu, horizontal, share costs 50/50 and the tax revenue of their joint employment centre 70/30.
     * Both pay 1,000,000.00 yuan; Jiangsu collects 1,000,000.01 yuan of tax. By hand: Shanghai's 70 % of 100,000,001 fen
     * is 70,000,000.7 fen, Jiangsu's 30 % is 30,000,000.3; both round down and the fen left over goes to the larger
     * remainder, Shanghai's. Jiangsu owes Shanghai 70,000,001 fen: one transfer of 700,000.01 yuan.
     */
    @Test
    void twoMembersShareTheirTaxRevenueByTheirOwnRatioNotByTheirCostSharesToTheFen() {
        Map<String, Object> proposal = withContent(withContent(example("horizontal"), "participants", List.of("SH", "JS")),
                "secretariat", "SH");
        proposal.put("initiator", "SH");
        proposal = withContent(withContent(proposal, "costShares", List.of(share("SH", "50"), share("JS", "50"))),
                "benefitShares", List.of(share("SH", "70"), share("JS", "30")));
        proposal = withContent(proposal, "title", "Shanghai-Jiangsu joint employment centre");
        assertThat((List<Map<String, Object>>) as("sh.coordinator").post("/api/agreements",
                withContent(proposal, "benefitShares", List.of(share("SH", "70"), share("JS", "20"))),
                HttpStatus.BAD_REQUEST).get("errors")).containsExactly(Map.of("field", "content.benefitShares",
                "message", "shares add up to 90 %, not exactly 100 %"));
        String id = staff.agreedByAll(as("sh.coordinator").propose(proposal), List.of("sh", "js"));
        assertThat(as("js.coordinator").agreement(id)).containsEntry("status", "adopted");
        String project = (String) as("sh.coordinator").post("/api/agreements/{id}/projects", Map.of(
                "name", "Joint employment centre " + id, "lead", "SH", "field", "labour-market", "location", "JS",
                "budget", "2000000.00", "grantPart", "0.00", "costShares", List.of(share("SH", "50"), share("JS", "50")),
                "milestones", List.of(Map.of("name", "Centre opened", "dueDate", "2027-12-31", "grantAmount", "0.00"))),
                HttpStatus.CREATED, id).get("id");

        try (ParticipantSystems systems = new ParticipantSystems(bootstrapServers())) {
            for (String member : List.of("SH", "JS")) {
                systems.send(FINANCE_REPORTS, member, "project.contribution-paid", Map.of("agreementId", id,
                        "projectId", project, "participant", member, "amount", "1000000.00",
                        "paidAt", Instant.now().toString()));
            }
            LocalDate yesterday = PeoplesDays.today().minusDays(1);
            systems.send(FINANCE_REPORTS, "JS", "settlement.benefit-reported", Map.of("agreementId", id,
                    "participant", "JS", "amount", "1000000.01", "periodStart", yesterday.withDayOfYear(1).toString(),
                    "periodEnd", yesterday.toString(), "description", "Income tax of the centre's employers"));
            await().atMost(PATIENCE).until(() -> paidContributions(project) == 2 && settlementFixture.benefitReports(AgreementId.of(id)).size() == 1);
        }
        driver.fireTimer(agreements.current(AgreementId.of(id)), "timer_settlement_due");

        List<Map<String, Object>> settlements = as("sh.coordinator").list("/api/agreements/{id}/settlements", id);
        Map<String, Object> settlement = as("sh.coordinator").get("/api/settlements/{id}", settlements.get(0).get("id"));
        assertThat((List<Map<String, Object>>) settlement.get("positions"))
                .extracting(position -> position.get("participant") + " cost " + position.get("cost") + " fair benefit "
                        + position.get("benefitFair") + " net " + position.get("net"))
                .containsExactlyInAnyOrder("SH cost 0.00 fair benefit 700000.01 net 700000.01",
                        "JS cost 0.00 fair benefit 300000.00 net -700000.01");
        assertThat((List<Map<String, Object>>) settlement.get("transfers"))
                .extracting(transfer -> transfer.get("payer") + " pays " + transfer.get("payee") + " " + transfer.get("amount"))
                .containsExactly("JS pays SH 700000.01");
    }

    private long paidContributions(String projectId) {
        return projects.get(ProjectId.of(projectId), LifecycleDriver.ADMINISTRATOR).contributions().stream()
                .filter(contribution -> contribution.status() == ContributionStatus.PAID).count();
    }

    /** Proposes as Shanghai, the supporter; only Shanghai votes and signs, Urumqi is never asked. */
    private String signedBySupporter(Map<String, Object> proposal) {
        Map<String, Object> proposed = as("sh.coordinator").propose(proposal);
        String id = (String) proposed.get("id");
        assertThat(as("xj-ur.coordinator").tasks("XJ-UR.coordinator", "user_cast_vote", id)).isEmpty();
        as("sh.coordinator").complete("SH.coordinator", "user_cast_vote", id, Map.of("answer", "consent"));
        assertThat(as("xj-ur.leader").tasks("XJ-UR.leader", "user_sign_agreement", id)).isEmpty();
        as("sh.leader").complete("SH.leader", "user_sign_agreement", id, Map.of("signedContentHash",
                ((Map<String, Object>) proposed.get("current")).get("contentHash")));
        return id;
    }

    private StaffClient as(String user) {
        return staff.as(user);
    }

    private Object bootstrapServers() {
        return staff.bootstrapServers();
    }
}
