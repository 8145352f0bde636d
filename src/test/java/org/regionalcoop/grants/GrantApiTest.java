package org.regionalcoop.grants;

import org.regionalcoop.LifecycleDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.web.DocumentedExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.agreements.SupportType.FISCAL_TRANSFER;
import static org.regionalcoop.agreements.SupportType.PILOT_ZONE_STATUS;
import static org.regionalcoop.agreements.SupportType.TAX_PREFERENCE;
import static org.regionalcoop.grants.GrantFixtures.money;
import static org.regionalcoop.grants.internal.GrantProcess.*;

/** The grants and budget APIs: who sees what, and bad input refused without changing anything. */
@PlatformTest
class GrantApiTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    GrantFixtures fixtures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Grants grants;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgreementsGrantsAreSeenByItsParticipantsTheDecidingAgencyAndAdministratorsOnly() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "1000000.00")), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        String path = "/api/agreements/" + agreement.id() + "/grants";

        for (String user : List.of("hn-cs.coordinator", "hn-zz.finance_officer", "hn-pca.grant_officer", "admin")) {
            ResponseEntity<List> seen = as(user).getForEntity(path, List.class);
            assertThat(seen.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(seen.getBody()).as(user).hasSize(1);
        }
        Map<?, ?> grant = (Map<?, ?>) as("admin").getForObject(path, List.class).get(0);
        assertThat(grant.get("status")).isEqualTo("pending");
        assertThat(grant.get("shareAmount")).isEqualTo("600000.00");
        for (String user : List.of("sh.coordinator", "js-pca.grant_officer", "hn-xt.coordinator")) {
            assertThat(as(user).getForEntity(path, Map.class).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aProgrammesBudgetAndLedgerAreForItsAgencysGrantOfficersAndAdministrators() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "2000000.00")), "HN-CS", "HN-XT");
        fixtures.startGrants(agreement);
        long programme = grants.of(agreement.id()).get(0).programmeId();

        List<Map<String, Object>> visible = as("hn-pca.grant_officer").getForObject("/api/grant-programmes", List.class);
        assertThat(visible).extracting(p -> p.get("agency")).containsOnly("HN-PCA");
        Map<String, Object> balances = as("hn-pca.grant_officer")
                .getForObject("/api/grant-programmes/{id}/balances", Map.class, programme);
        assertThat(balances.get("budget")).isEqualTo("2000000000.00");
        assertThat(Money.of(balances.get("reserved"))).isGreaterThanOrEqualTo(Money.of("1200000.00"));
        List<Map<String, Object>> page = as("admin")
                .getForObject("/api/grant-programmes/{id}/ledger?limit=1&offset=0", List.class, programme);
        assertThat(page).hasSize(1);
        assertThat(page.get(0).get("kind")).isEqualTo("reserve");

        for (String user : List.of("js-pca.grant_officer", "hn-cs.coordinator", "hn-pca.reviewer")) {
            assertThat(as(user).getForEntity("/api/grant-programmes/{id}/balances", Map.class, programme).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(as(user).getForEntity("/api/grant-programmes/{id}/ledger", Map.class, programme).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * Hunan's agency has no tax-preference programme until its administrator opens this year's through the API, with
     * 1 000 000.00, half the item's central share: no migration, and the next grant is decided from it.
     */
    @Test
    void aBudgetYearOpenedThroughTheApiFundsTheNextGrantAndAnAwardAboveItIsRefused() {
        ResponseEntity<Map> opened = as("hn-pca.leader").postForEntity("/api/grant-programmes", Map.of("agency", "HN-PCA",
                "supportType", "tax-preference", "year", fixtures.year(), "budget", "1000000.00"), Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long programme = ((Number) opened.getBody().get("id")).longValue();
        Agreement agreement = fixtures.propose(List.of(money(TAX_PREFERENCE, "4000000.00")), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        Grant grant = grants.of(agreement.id()).get(0);
        assertThat(grant.programmeId()).isEqualTo(programme);
        String task = decisionTask(agreement).getId();
        long entries = entries(programme);

        ResponseEntity<Map> refused = complete(task, Map.of(VAR_GRANT_DECISION.name(), "award"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("errors")).isEqualTo(List.of(Map.of("field", VAR_AWARDED_AMOUNT.name(),
                "message", "2000000.00 yuan is above the remaining budget of 1000000.00 yuan")));

        ResponseEntity<Map> negative = complete(task, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "-100.00",
                VAR_REASON.name(), "negative"));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().get("detail").toString()).contains("awardedAmount");

        assertThat(entries(programme)).as("nothing written").isEqualTo(entries);
        assertThat(grants.grant(grant.id()).status()).isEqualTo(GrantStatus.PENDING);
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();

        assertThat(complete(task, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "1000000.00",
                VAR_REASON.name(), "What this year's programme holds")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(grants.grant(grant.id()).awardedAmount()).isEqualTo(Money.of("1000000.00"));
        assertThat(as("hn-pca.grant_officer").getForObject("/api/grant-programmes/{id}/balances", Map.class, programme))
                .containsEntry("awarded", "1000000.00").containsEntry("available", "0.00");
    }

    @Test
    void reclaimsAreForTheDecidingAgencysGrantOfficerAndRefuseBadAmounts() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "1000000.00")), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        Grant grant = grants.of(agreement.id()).get(0);
        assertThat(complete(decisionTask(agreement).getId(), Map.of(VAR_GRANT_DECISION.name(), "award")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ProjectId project = ProjectId.random();
        grants.disburse(agreement.id(), project, "Track bed laid", Money.of("500000.00"), "hn-cs.coordinator");
        String path = "/api/grants/" + grant.id() + "/reclaims";

        ResponseEntity<Map> negative = as("hn-pca.grant_officer").postForEntity(path,
                Map.of("amount", "-10.00", "reason", "untrue"), Map.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "amount", "message", "must be positive, not -10.00")));
        ResponseEntity<Map> tooMuch = as("hn-pca.grant_officer").postForEntity(path,
                Map.of("amount", "500000.01", "reason", "untrue"), Map.class);
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody().get("detail").toString()).contains("amount", "500000.00");
        assertThat(as("hn-cs.coordinator").postForEntity(path, Map.of("amount", "10.00", "reason", "untrue"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(grants.grant(grant.id()).disbursedAmount()).isEqualTo(Money.of("500000.00"));

        ResponseEntity<Map> reclaimed = as("hn-pca.grant_officer").postForEntity(path, Map.of("amount", "200000.00",
                "reason", "Two kilometres were never laid", "projectId", project.toString(), "milestone", "Track bed laid"),
                Map.class);
        assertThat(reclaimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reclaimed.getBody().get("disbursedAmount")).isEqualTo("300000.00");
        assertThat(driver.decisions(agreement.id(), "grant-reclaim")).containsExactly("200000.00 yuan");

        ResponseEntity<Map> documented = as("hn-pca.grant_officer").postForEntity(path,
                DocumentedExamples.of("reclaimGrant", "milestone-not-reached"), Map.class);
        assertThat(documented.getStatusCode()).as("the documented example: %s", documented.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(documented.getBody().get("disbursedAmount")).isEqualTo("50000.00");
    }

    @Test
    void aGrantedPilotZoneIsRevokedByTheDecidingAgencysGrantOfficerWithAReason() {
        Agreement agreement = fixtures.propose(List.of(GrantFixtures.status(PILOT_ZONE_STATUS)), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        Grant grant = grants.of(agreement.id()).get(0);
        assertThat(complete(decisionTask(agreement).getId(), Map.of(VAR_GRANT_DECISION.name(), "award",
                VAR_VALID_FROM.name(), "2027-01-01", VAR_VALID_TO.name(), "2029-12-31", VAR_CONDITIONS.name(), "Half-yearly reports"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String path = "/api/grants/" + grant.id() + "/revocation";

        assertThat(as("hn-cs.coordinator").postForEntity(path, Map.of("reason", "mine"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> noReason = as("hn-pca.grant_officer").postForEntity(path, Map.of("reason", " "), Map.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("detail").toString()).startsWith("reason:");
        assertThat(grants.grant(grant.id()).status()).isEqualTo(GrantStatus.AWARDED);

        ResponseEntity<Map> revoked = as("hn-pca.grant_officer").postForEntity(path,
                DocumentedExamples.of("revokeGrant", "conditions-broken"), Map.class);
        assertThat(revoked.getStatusCode()).as("the documented example: %s", revoked.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(revoked.getBody()).containsEntry("status", "revoked").containsEntry("revokedBy", "hn-pca.grant_officer");
        ResponseEntity<Map> again = as("hn-pca.grant_officer").postForEntity(path, Map.of("reason", "again"), Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("detail").toString()).contains("grant: only a granted item can be revoked");
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    private Task decisionTask(Agreement agreement) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(agreement.id().toString())
                .taskDefinitionKey(USER_DECIDE_GRANT).list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private ResponseEntity<Map> complete(String task, Map<String, Object> values) {
        return as("hn-pca.grant_officer").postForEntity("/api/tasks/{id}/complete", values, Map.class, task);
    }

    private long entries(long programme) {
        return grants.ledger(programme, Integer.MAX_VALUE, 0, LifecycleDriver.ADMINISTRATOR).size();
    }
}
