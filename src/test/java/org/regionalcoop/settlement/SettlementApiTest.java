package org.regionalcoop.settlement;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.audit.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.settlement.SettlementFixture.*;

/** The settlement read APIs, counterpart support and benefit reports, through HTTP with the demo logins. */
@PlatformTest
class SettlementApiTest {

    @Autowired
    SettlementFixture fixture;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Test
    void participantsTheApprovingAgencyAndAdministratorsSeeTheSettlementsOthersGet404() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        String id = fixture.settlementOf(instance).toString();

        for (String user : List.of("hn-zz.finance_officer", "hn-cs.coordinator", "hn-pca.arbitrator", "admin")) {
            ResponseEntity<List> list = as(user).getForEntity("/api/agreements/{id}/settlements", List.class, agreement.id());
            assertThat(list.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(list.getBody()).as(user).hasSize(1);
            ResponseEntity<Map> one = as(user).getForEntity("/api/settlements/{id}", Map.class, id);
            assertThat(one.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        Map<String, Object> settlement = as("hn-xt.finance_officer").getForObject("/api/settlements/{id}", Map.class, id);
        assertThat(settlement).containsEntry("status", "proposed").containsEntry("arbitratorGroup", ARBITRATORS);
        assertThat((List<Map<String, Object>>) settlement.get("positions")).extracting(position -> position.get("net"))
                .containsExactly("1000000.00", "-500000.00", "-500000.00");
        assertThat((List<Map<String, Object>>) settlement.get("transfers")).extracting(transfer -> transfer.get("amount"))
                .containsExactly("500000.00", "500000.00");

        for (String outsider : List.of("sh.finance_officer", "js-pca.arbitrator", "cn-cca.reviewer")) {
            assertThat(as(outsider).getForEntity("/api/agreements/{id}/settlements", String.class, agreement.id())
                    .getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(as(outsider).getForEntity("/api/settlements/{id}", String.class, id).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(anonymous.getForEntity("/api/settlements/{id}", String.class, id).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theSecretariatRecordsCounterpartSupport() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        Map<String, Object> support = Map.of("supporter", CS, "recipient", XT, "amount", "120000.00",
                "periodStart", "2027-01-01", "periodEnd", "2027-12-31", "description", "teachers for Xiangtan schools");

        ResponseEntity<Map> recorded = as("hn-cs.coordinator").postForEntity("/api/agreements/{id}/counterpart-support",
                support, Map.class, agreement.id());

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fixture.counterpartSupports(agreement)).isOne();
        assertThat(as("hn-zz.coordinator").postForEntity("/api/agreements/{id}/counterpart-support", support,
                String.class, agreement.id()).getStatusCode()).as("not the secretariat").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("sh.coordinator").postForEntity("/api/agreements/{id}/counterpart-support", support,
                String.class, agreement.id()).getStatusCode()).as("no participant").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fixture.counterpartSupports(agreement)).isOne();
    }

    @Test
    void badCounterpartSupportIsRefusedNamingEveryFieldAndNothingIsStored() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        Map<String, Object> bad = Map.of("supporter", CS, "recipient", "SH", "amount", "-3.001",
                "periodStart", "2027-12-31", "periodEnd", "2027-01-01");

        ResponseEntity<Map> refused = as("hn-cs.coordinator").postForEntity("/api/agreements/{id}/counterpart-support",
                bad, Map.class, agreement.id());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("recipient", "amount", "periodEnd");
        assertThat(fixture.counterpartSupports(agreement)).isZero();
    }

    /**
     * Each participant's own coordinators and finance officers record its benefit reports; 1,000,000.00 Hong Kong
     * dollars at the agreed 0.9125 yuan per dollar count for 912,500.00 yuan, and both are kept and listed.
     */
    @Test
    void aParticipantsOwnStaffRecordItsBenefitReportsInTheSettlementCurrencyOrAnotherAtTheAgreedRate() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        Map<String, Object> taxBase = Map.of("participant", XT, "amount", "2850000.00", "periodStart", "2026-01-01",
                "periodEnd", "2026-06-30", "description", "enterprise income tax of the joint park");
        Map<String, Object> inDollars = Map.of("participant", ZZ, "amount", "1000000.00", "currency", "HKD",
                "rate", "0.9125", "rateDate", "2026-07-15", "periodStart", "2026-01-01", "periodEnd", "2026-06-30");

        ResponseEntity<Map> recorded = as("hn-xt.finance_officer").postForEntity("/api/agreements/{id}/benefit-reports",
                taxBase, Map.class, agreement.id());
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody()).containsEntry("participant", XT).containsEntry("amount", "2850000.00")
                .containsEntry("reportedBy", "hn-xt.finance_officer").doesNotContainKey("original");
        ResponseEntity<Map> converted = as("hn-zz.coordinator").postForEntity("/api/agreements/{id}/benefit-reports",
                inDollars, Map.class, agreement.id());
        assertThat(converted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(converted.getBody()).containsEntry("amount", "912500.00").containsEntry("original", Map.of(
                "amount", "1000000.00", "currency", "HKD", "rate", "0.9125", "rateDate", "2026-07-15"));

        assertThat(as("hn-cs.finance_officer").postForEntity("/api/agreements/{id}/benefit-reports", taxBase,
                String.class, agreement.id()).getStatusCode()).as("another participant's report").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("hn-xt.leader").postForEntity("/api/agreements/{id}/benefit-reports", taxBase,
                String.class, agreement.id()).getStatusCode()).as("a leader").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("sh.finance_officer").postForEntity("/api/agreements/{id}/benefit-reports", taxBase,
                String.class, agreement.id()).getStatusCode()).as("no participant").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fixture.benefitReports(agreement.id()).size()).isEqualTo(2);

        List<Map<String, Object>> listed = as("hn-cs.coordinator").getForObject("/api/agreements/{id}/benefit-reports",
                List.class, agreement.id());
        assertThat(listed).extracting(report -> report.get("amount")).containsExactly("2850000.00", "912500.00");
        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("benefit-report"))
                .extracting(AuditEntry::decision).containsExactly("2850000.00", "912500.00");
    }

    @Test
    void aBadBenefitReportIsRefusedNamingEveryFieldAndNothingIsStored() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        Map<String, Object> bad = Map.of("participant", "SH", "amount", "-3.00", "currency", "HKD",
                "periodStart", "2999-12-31", "periodEnd", "2999-01-01", "description", "x".repeat(1001));

        ResponseEntity<Map> refused = as("hn-cs.coordinator").postForEntity("/api/agreements/{id}/benefit-reports",
                bad, Map.class, agreement.id());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("participant", "amount", "periodStart", "periodEnd", "description", "rate",
                        "rateDate");
        assertThat(fixture.benefitReports(agreement.id()).size()).isZero();
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }
}
