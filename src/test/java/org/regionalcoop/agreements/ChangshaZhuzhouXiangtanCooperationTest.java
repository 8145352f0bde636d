package org.regionalcoop.agreements;

import org.regionalcoop.PeoplesDays;
import org.regionalcoop.kernel.AgreementId;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.settlement.SettlementFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.ParticipantSystems.eventually;
import static org.regionalcoop.agreements.ProposalRequests.share;

/**
 * The Changsha-Zhuzhou-Xiangtan case after Hunan's agency approved it: a grant, two joint projects (the
 * second flagged as repeated construction and confirmed), Xiangtan defaulting on a contribution and
 * accepting the penalty, a milestone verified and paid from the grant, and a settlement that Xiangtan
 * objects to, adjusted by the arbitrator, whose transfers the payees' treasuries confirm. Staff work
 * through the REST APIs; finance systems and treasuries through Kafka; only time is advanced by hand.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class ChangshaZhuzhouXiangtanCooperationTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";

    @Autowired
    ApiStaff staff;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    SettlementFixture settlementFixture;

    @Test
    void fromApprovalThroughGrantProjectsDefaultAndAnObjectedSettlementToConfirmedTransfers() {
        String id = approvedByHunansAgency();
        Agreement agreement = agreements.current(AgreementId.of(id));

        as("hn-pca.grant_officer").complete("HN-PCA.grant_officer", "user_decide_grant", id, Map.of("grantDecision", "award"));
        Map<String, Object> grant = as("hn-cs.coordinator").list("/api/agreements/{id}/grants", id).get(0);
        assertThat(grant).containsEntry("status", "awarded");

        String sewage = (String) as("hn-cs.coordinator").post("/api/agreements/{id}/projects", project(
                "Xiang River sewage treatment plant", "HN-CS", "HN-ZZ", "30000000.00", "12000000.00",
                List.of(share("HN-CS", "40"), share("HN-ZZ", "35"), share("HN-XT", "25")),
                List.of(milestone("Design", "2027-06-30", "4000000.00"), milestone("Build", "2028-12-31", "8000000.00"))),
                HttpStatus.CREATED, id).get("id");
        String monitoring = (String) as("hn-zz.coordinator").post("/api/agreements/{id}/projects", project(
                "Water quality monitoring network", "HN-ZZ", "HN-XT", "10000000.00", "2000000.00",
                List.of(share("HN-CS", "30"), share("HN-ZZ", "40"), share("HN-XT", "30")),
                List.of(milestone("Stations built", "2027-12-31", "2000000.00"))), HttpStatus.CREATED, id).get("id");
        assertThat((Map<String, Object>) project(monitoring).get("project")).as("waits for the secretariat")
                .containsEntry("status", "registered");
        assertThat((Map<String, Object>) project(sewage).get("project")).containsEntry("status", "active");
        as("hn-cs.coordinator").complete("HN-CS.coordinator", "user_resolve_repeated_construction", id,
                Map.of("resolution", "confirm", "resolutionReason", "Monitors the plant's outflow, does not duplicate it"));

        try (ParticipantSystems systems = new ParticipantSystems(bootstrapServers())) {
            pay(systems, id, sewage, "HN-CS", "7200000.00");
            pay(systems, id, sewage, "HN-ZZ", "6300000.00");
            pay(systems, id, monitoring, "HN-CS", "2400000.00");
            pay(systems, id, monitoring, "HN-ZZ", "3200000.00");
            pay(systems, id, monitoring, "HN-XT", "2400000.00");
            eventually(() -> contributionStatus(monitoring, "HN-XT").equals("paid")
                    && contributionStatus(sewage, "HN-ZZ").equals("paid") && contributionStatus(sewage, "HN-CS").equals("paid"));

            driver.fireTimer(agreement, "timer_contribution_deadline");
            assertThat(contributionStatus(sewage, "HN-XT")).isEqualTo("defaulted");
            driver.fireTimer(agreement, "timer_grace_period");
            as("hn-xt.finance_officer").complete("HN-XT.finance_officer", "user_answer_penalty", id,
                    Map.of("penaltyAnswer", "accept", "penaltyReason", "Our budget was approved late"));
            assertThat(defaultOf(sewage, "HN-XT")).containsEntry("status", "imposed").containsEntry("penalty", "5000000.00");

            as("hn-cs.coordinator").complete("HN-CS.coordinator", "user_report_milestone", id,
                    Map.of("summary", "Design approved by the environmental bureau", "actualCost", "3900000.00"));
            as("hn-pca.grant_officer").complete("HN-PCA.grant_officer", "user_verify_milestone", id,
                    Map.of("verification", "verified"));
            assertThat(as("hn-zz.coordinator").list("/api/agreements/{id}/grants", id).get(0))
                    .containsEntry("disbursedAmount", "4000000.00");

            LocalDate yesterday = PeoplesDays.today().minusDays(1);
            systems.send(FINANCE_REPORTS, "HN-CS", "settlement.benefit-reported", Map.of("agreementId", id,
                    "participant", "HN-CS", "amount", "3000000.00", "periodStart", yesterday.withDayOfYear(1).toString(),
                    "periodEnd", yesterday.toString(), "description", "Tax revenue from the plant's operator"));
            eventually(() -> settlementFixture.benefitReports(AgreementId.of(id)).size() == 1);

            driver.fireTimer(agreement, "timer_settlement_due");
            for (String government : List.of("HN-CS", "HN-ZZ")) {
                as(government.toLowerCase() + ".finance_officer").complete(government + ".finance_officer",
                        "user_confirm_settlement", id, Map.of("answer", "confirm"));
            }
            as("hn-xt.finance_officer").complete("HN-XT.finance_officer", "user_confirm_settlement", id,
                    Map.of("answer", "object", "objectionReason", "The plant's design cost less than paid for"));
            as("hn-pca.arbitrator").complete("HN-PCA.arbitrator", "user_arbitrate_settlement", id, Map.of("decision", "adjust",
                    "payer", "HN-CS", "payee", "HN-XT", "amount", "100000.00",
                    "arbitrationReason", "Changsha keeps the design savings; a tenth of them goes to Xiangtan"));

            Map<String, Object> settlement = settlement(id);
            assertThat(settlement).containsEntry("status", "finalized");
            List<Map<String, Object>> positions = (List<Map<String, Object>>) settlement.get("positions");
            assertThat(positions.stream().map(position -> new BigDecimal((String) position.get("net")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
            assertThat(positions).filteredOn(position -> position.get("participant").equals("HN-XT"))
                    .extracting(position -> position.get("penalties")).containsExactly("-5000000.00");
            List<Map<String, Object>> transfers = (List<Map<String, Object>>) settlement.get("transfers");
            assertThat(transfers).isNotEmpty().hasSizeLessThanOrEqualTo(2);

            for (Map<String, Object> transfer : transfers) {
                systems.send(FINANCE_REPORTS, (String) transfer.get("payee"), "settlement.transfer-received",
                        Map.of("agreementId", id, "transferId", transfer.get("id"), "participant", transfer.get("payee"),
                                "amount", transfer.get("amount")));
            }
            eventually(() -> "completed".equals(settlement(id).get("status")));
            assertThat((List<Map<String, Object>>) settlement(id).get("transfers"))
                    .allSatisfy(transfer -> assertThat(transfer.get("confirmedAt")).isNotNull());
        }

        assertThat(as("hn-xt.coordinator").audit(id)).extracting(entry -> entry.get("kind") + ":" + entry.get("decision"))
                .contains("grant:award", "repeated-construction:confirm", "penalty:accept", "milestone:verified",
                        "settlement:object", "settlement-arbitration:adjusted");
    }

    private String approvedByHunansAgency() {
        String id = staff.agreedByAll(as("hn-cs.coordinator").propose(ProposalRequests.changshaZhuzhouXiangtan()),
                List.of("hn-cs", "hn-zz", "hn-xt"));
        as("hn-pca.reviewer").complete("HN-PCA.reviewer", "user_review_agreement", id, Map.of("reviewDecision", "approve"));
        assertThat(as("hn-xt.coordinator").agreement(id)).containsEntry("status", "approved");
        return id;
    }

    private void pay(ParticipantSystems systems, String agreementId, String projectId, String participant, String yuan) {
        systems.send(FINANCE_REPORTS, participant, "project.contribution-paid", Map.of("agreementId", agreementId,
                "projectId", projectId, "participant", participant, "amount", yuan,
                "paidAt", Instant.now().toString()));
    }

    private Map<String, Object> project(String projectId) {
        return as("hn-pca.grant_officer").get("/api/projects/{id}", projectId);
    }

    private String contributionStatus(String projectId, String participant) {
        return ((List<Map<String, Object>>) project(projectId).get("contributions")).stream()
                .filter(contribution -> participant.equals(contribution.get("participant")))
                .map(contribution -> (String) contribution.get("status")).findFirst().orElseThrow();
    }

    private Map<String, Object> defaultOf(String projectId, String participant) {
        return ((List<Map<String, Object>>) project(projectId).get("defaults")).stream()
                .filter(found -> participant.equals(found.get("participant"))).findFirst().orElseThrow();
    }

    private Map<String, Object> settlement(String agreementId) {
        List<Map<String, Object>> settlements = as("hn-cs.coordinator").list("/api/agreements/{id}/settlements", agreementId);
        return as("hn-cs.coordinator").get("/api/settlements/{id}", settlements.get(settlements.size() - 1).get("id"));
    }

    private static Map<String, Object> project(String name, String lead, String location, String budget, String grantPart,
                                               List<Map<String, Object>> shares, List<Map<String, Object>> milestones) {
        return Map.of("name", name, "lead", lead, "field", "environment", "location", location, "budget", budget,
                "grantPart", grantPart, "costShares", shares, "milestones", milestones);
    }

    private static Map<String, Object> milestone(String name, String due, String grantAmount) {
        return Map.of("name", name, "dueDate", due, "grantAmount", grantAmount);
    }


    private StaffClient as(String user) {
        return staff.as(user);
    }

    private Object bootstrapServers() {
        return staff.bootstrapServers();
    }
}
