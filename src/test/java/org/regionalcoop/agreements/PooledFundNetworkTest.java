package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.web.DocumentedExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;
import static org.regionalcoop.agreements.ProposalRequests.contentOf;
import static org.regionalcoop.agreements.ProposalRequests.example;
import static org.regionalcoop.agreements.ProposalRequests.withContent;

/**
 * A German-style urban network of three Jiangsu cities, from {@code docs/examples/proposeAgreement/network-fund.json}, through
 * the REST APIs and Kafka only: the members pay into their fund (two finance systems over Kafka, one finance officer
 * by REST), the working group allocates it to two projects its mobility circle leads, a third project asking more
 * than is left is refused, and settlement shares what was paid in by the agreed contributions to the fen.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class PooledFundNetworkTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    private static final List<String> MEMBERS = List.of("js-nj", "js-sz", "js-wx");

    @Autowired
    ApiStaff staff;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    /**
     * Agreed 5,000,000.00 (Nanjing), 3,000,000.00 (Suzhou), 2,000,000.00 (Wuxi): 50/30/20. Wuxi pays in only
     * 1,000,000.01, so 900,000,001 fen are in the fund. By hand: Nanjing bears 50 % = 450,000,000.5 fen, Suzhou 30 % =
     * 270,000,000.3, Wuxi 20 % = 180,000,000.2; all round down and the fen left over goes to the largest remainder,
     * Nanjing's: 4,500,000.01, 2,700,000.00 and 1,800,000.00 yuan. Nanjing paid 499,999.99 beyond its part, Suzhou
     * 300,000.00, Wuxi 799,999.99 short: Wuxi pays Nanjing 499,999.99 and Suzhou 300,000.00. The two projects received
     * 4,000,000.00 and 3,500,000.00 of it, which moves nobody's position: it is the members' common money.
     */
    @Test
    void aNetworkFundIsPaidInAllocatedToTwoProjectsOfAWorkingCircleAndSettledToTheFen() {
        Map<String, Object> network = example("network-fund");
        assertThat(errors(as("js-nj.coordinator").post("/api/agreements", withFund(network, "allocatingBody", "treasury"),
                HttpStatus.BAD_REQUEST))).as("the fund is allocated by one of the agreement's bodies")
                .containsExactly("content.fund.allocatingBody: the agreement has no body 'treasury'");

        String id = staff.agreedByAll(as("js-nj.coordinator").propose(network), MEMBERS);
        assertThat(as("js-sz.coordinator").agreement(id)).containsEntry("status", "adopted");

        String paidAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> projects;
        try (AgreementFeed feed = new AgreementFeed(bootstrapServers(), id);
             ParticipantSystems systems = new ParticipantSystems(bootstrapServers())) {
            systems.send(FINANCE_REPORTS, "JS-NJ", "fund.contribution-paid", Map.of("agreementId", id,
                    "participant", "JS-NJ", "amount", "5000000.00", "paidAt", paidAt));
            systems.send(FINANCE_REPORTS, "JS-WX", "fund.contribution-paid", Map.of("agreementId", id,
                    "participant", "JS-WX", "amount", "1000000.01", "paidAt", paidAt));
            assertThat(errors(as("js-nj.finance_officer").post("/api/agreements/{id}/fund/payments", Map.of(
                    "participant", "JS-NJ", "amount", "0.00", "paidAt", paidAt), HttpStatus.BAD_REQUEST, id)))
                    .containsExactly("amount: must be more than zero");
            as("js-sz.finance_officer").post("/api/agreements/{id}/fund/payments", Map.of("participant", "JS-SZ",
                    "amount", "3000000.00", "paidAt", paidAt), HttpStatus.CREATED, id);
            await().atMost(PATIENCE).until(() -> "9000000.01".equals(fund(id).get("paidIn")));

            String first = register(id, "Bus rapid transit Suzhou-Wuxi", "JS-SZ", "4000000.00", HttpStatus.CREATED);
            as("js-wx.coordinator").complete("JS-WX.coordinator", "user_allocate_fund", id, Map.of("allocation", "allocate"));
            String second = register(id, "Park and ride at the river towns", "JS-WX", "3500000.00", HttpStatus.CREATED);
            assertThat(as("js-nj.coordinator").tasks("JS-NJ.coordinator", "user_allocate_fund", id))
                    .as("every member of the working group may decide").hasSize(1);
            as("js-nj.coordinator").complete("JS-NJ.coordinator", "user_allocate_fund", id, Map.of("allocation", "allocate"));
            Map<String, Object> refused = as("js-sz.coordinator").post("/api/agreements/{id}/projects",
                    registration("Cycle highway", "JS-SZ", "2000000.00"), HttpStatus.BAD_REQUEST, id);
            assertThat(errors(refused)).as("never more than the fund has")
                    .containsExactly("fundPart: 2000000.00 yuan is above the 1500000.01 yuan the agreement's fund has available");

            feed.await("fund.allocated", data -> data.get("projectId").asText().equals(second));
            assertThat(feed.events()).filteredOn(event -> event.type().equals("fund.allocated"))
                    .extracting(event -> event.data().get("projectId").asText() + " " + event.data().get("amount").asText()
                            + " by " + event.data().get("allocatingBody").asText())
                    .containsExactly(first + " 4000000.00 by working-group", second + " 3500000.00 by working-group");
            feed.await("project.started", data -> data.get("projectId").asText().equals(second));
            assertThat(feed.events()).filteredOn(event -> event.type().equals("project.started"))
                    .extracting(event -> event.data().path("leadBody").asText() + " lead " + event.data().has("lead"))
                    .containsExactly("circle-mobility lead false", "circle-mobility lead false");
            projects = List.of(first, second);
        }

        assertThat(as("js-sz.coordinator").tasks("JS-SZ.coordinator", "user_report_milestone", id))
                .as("the working circle's members report its projects' milestones").hasSize(2);
        assertThat(as("js-nj.coordinator").tasks("JS-NJ.coordinator", "user_report_milestone", id))
                .as("Nanjing sits on no working circle").isEmpty();
        assertThat(as("js-wx.coordinator").list("/api/agreements/{id}/projects", id))
                .extracting(project -> project.get("id") + " " + project.get("status") + " " + project.get("fundPart"))
                .containsExactly(projects.get(0) + " active 4000000.00", projects.get(1) + " active 3500000.00");
        Map<String, Object> fund = fund(id);
        assertThat(fund).containsEntry("paidIn", "9000000.01").containsEntry("reserved", "0.00")
                .containsEntry("allocated", "7500000.00").containsEntry("available", "1500000.01");
        assertThat((List<Map<String, Object>>) fund.get("members"))
                .extracting(member -> member.get("participant") + " " + member.get("paidIn") + " of " + member.get("agreed"))
                .containsExactly("JS-NJ 5000000.00 of 5000000.00", "JS-SZ 3000000.00 of 3000000.00",
                        "JS-WX 1000000.01 of 2000000.00");
        assertThat(as("js-nj.coordinator").audit(id)).filteredOn(entry -> "fund-allocation".equals(entry.get("kind")))
                .extracting(entry -> entry.get("decidedBy") + " " + entry.get("decision"))
                .containsExactly("js-wx.coordinator allocate", "js-nj.coordinator allocate");

        driver.fireTimer(agreements.current(AgreementId.of(id)), "timer_settlement_due");
        List<Map<String, Object>> settlements = as("js-nj.coordinator").list("/api/agreements/{id}/settlements", id);
        Map<String, Object> settlement = as("js-nj.coordinator").get("/api/settlements/{id}", settlements.get(0).get("id"));
        assertThat((List<Map<String, Object>>) settlement.get("positions"))
                .extracting(position -> position.get("participant") + " paid " + position.get("costPaid") + " bears "
                        + position.get("costShare") + " net " + position.get("net"))
                .containsExactlyInAnyOrder("JS-NJ paid 5000000.00 bears 4500000.01 net 499999.99",
                        "JS-SZ paid 3000000.00 bears 2700000.00 net 300000.00",
                        "JS-WX paid 1000000.01 bears 1800000.00 net -799999.99");
        assertThat((List<Map<String, Object>>) settlement.get("transfers"))
                .extracting(transfer -> transfer.get("payer") + " pays " + transfer.get("payee") + " " + transfer.get("amount"))
                .containsExactly("JS-WX pays JS-NJ 499999.99", "JS-WX pays JS-SZ 300000.00");
    }

    /**
     * What the document shows for reporting a payment into a fund, as Swagger UI fills it in, sent by the paying
     * member's finance officer: Nanjing's 400,000.00 yuan and Suzhou's 3,300,000.05 Hong Kong dollars at 0.9091,
     * 3,000,030.05 yuan (3,300,000.05 × 0.9091 = 3,000,030.045455, to the fen). Any member's coordinator reads the fund.
     */
    @Test
    void theDocumentedPaymentsAreTakenIntoTheFund() {
        String id = staff.agreedByAll(as("js-nj.coordinator").propose(example("network-fund")), MEMBERS);
        DocumentedExamples.of("pay").forEach((name, payment) -> as(payment.get("participant").toString().toLowerCase()
                + ".finance_officer").post("/api/agreements/{id}/fund/payments", payment, HttpStatus.CREATED, id));

        assertThat(as("js-wx.coordinator").get("/api/agreements/{id}/fund", id)).containsEntry("paidIn", "3400030.05");
    }

    private String register(String agreementId, String name, String registeredBy, String fundPart, HttpStatus expected) {
        return (String) as(registeredBy.toLowerCase() + ".coordinator").post("/api/agreements/{id}/projects",
                registration(name, registeredBy, fundPart), expected, agreementId).get("id");
    }

    /** A project of the mobility circle paid wholly from the fund: no grant, no contributions. */
    private static Map<String, Object> registration(String name, String location, String fundPart) {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("name", name);
        registration.put("leadBody", "circle-mobility");
        registration.put("field", "urban-planning");
        registration.put("location", location);
        registration.put("budget", fundPart);
        registration.put("grantPart", "0.00");
        registration.put("fundPart", fundPart);
        registration.put("costShares", List.of(Map.of("participant", "JS-NJ", "percent", "50"),
                Map.of("participant", "JS-SZ", "percent", "30"), Map.of("participant", "JS-WX", "percent", "20")));
        registration.put("milestones", List.of(Map.of("name", "In service", "dueDate", "2028-12-31", "grantAmount", "0.00")));
        return registration;
    }

    private Map<String, Object> fund(String agreementId) {
        return as("js-wx.coordinator").get("/api/agreements/{id}/fund", agreementId);
    }

    private static List<String> errors(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .map(error -> error.get("field") + ": " + error.get("message")).toList();
    }

    private static Map<String, Object> withFund(Map<String, Object> proposal, String field, Object value) {
        Map<String, Object> fund = new LinkedHashMap<>((Map<String, Object>) contentOf(proposal).get("fund"));
        fund.put(field, value);
        return withContent(proposal, "fund", fund);
    }

    private StaffClient as(String user) {
        return staff.as(user);
    }

    private Object bootstrapServers() {
        return staff.bootstrapServers();
    }
}
