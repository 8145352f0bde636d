package org.regionalcoop.grants;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.kernel.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.agreements.SupportType.LAND_QUOTA;
import static org.regionalcoop.grants.internal.GrantProcess.USER_DECIDE_GRANT;
import static org.regionalcoop.grants.internal.GrantProcess.VAR_CONDITIONS;
import static org.regionalcoop.grants.internal.GrantProcess.VAR_GRANT_DECISION;
import static org.regionalcoop.grants.internal.GrantProcess.VAR_VALID_FROM;
import static org.regionalcoop.grants.internal.GrantProcess.VAR_VALID_TO;

/**
 * Programmes and budget years opened through the API by an agency's administrators (its leaders) or platform
 * administrators: validated field by field, audited, published, and used by the next grant without a deployment.
 * Each test opens years no other test uses (2061 and later), since all tests share one database.
 */
@PlatformTest
class ProgrammeApiTest {

    private static final String PROGRAMMES = "/api/grant-programmes";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    GrantFixtures fixtures;

    @Autowired
    Grants grants;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    GrantProgrammes programmes;

    @Autowired
    ObjectMapper json;

    @Test
    void anAgencysAdministratorOpensAProgrammeAndItsNextYearWithAnAuditEntryAndAnEvent() {
        ResponseEntity<Map> opened = as("hn-pca.leader").postForEntity(PROGRAMMES,
                opening("HN-PCA", "fiscal-transfer", "2061", "1250000.10"), Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody()).containsEntry("agency", "HN-PCA").containsEntry("supportType", "fiscal-transfer")
                .containsEntry("year", 2061).containsEntry("budget", "1250000.10").containsEntry("openedBy", "hn-pca.leader");
        long id = ((Number) opened.getBody().get("id")).longValue();

        ResponseEntity<Map> next = as("hn-pca.leader").postForEntity(PROGRAMMES + "/{id}/years",
                Map.of("year", 2062, "budget", "0.01"), Map.class, id);
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(next.getBody()).containsEntry("agency", "HN-PCA").containsEntry("supportType", "fiscal-transfer")
                .containsEntry("budget", "0.01");
        List<Map<String, Object>> years = as("hn-pca.grant_officer").getForObject(PROGRAMMES + "/{id}/years", List.class, id);
        assertThat(years).extracting(year -> year.get("year")).containsSubsequence(2026, 2061, 2062);
        assertThat(as("hn-pca.grant_officer").getForObject(PROGRAMMES + "/{id}/balances", Map.class, id))
                .containsEntry("budget", "1250000.10").containsEntry("available", "1250000.10").containsEntry("reclaimed", "0.00");

        String key = BudgetYearOpened.programmeKey("HN-PCA", SupportType.FISCAL_TRANSFER).toString();
        assertThat(driver.published(AgreementId.of(key)))
                .filteredOn(event -> event.type().equals("org.regionalcoop.grant.budget-year-opened.v1"))
                .extracting(event -> event.data().path("year").asText()).containsSubsequence("2061", "2062");
        assertThat(jdbc.queryForList("""
                select decided_by || ' ' || decision || ': ' || reason from audit_entry
                 where agreement_id = ?::uuid and kind = 'grant-programme' order by id
                """, String.class, key)).contains("hn-pca.leader open budget year 2061: budget 1250000.10 yuan",
                "hn-pca.leader open budget year 2062: budget 0.01 yuan");
    }

    /**
     * The document's examples, which Swagger UI's "Try it out" sends, open a programme and its next year as the agency's
     * leader on the registry as every platform starts with it: Hunan's agency already has a fiscal-transfer programme
     * for 2028 from the start, so the example that asked for one was refused.
     */
    @Test
    void theDocumentsExamplesOpenAProgrammeAndItsNextYearAsTheAgencysLeader() throws IOException {
        for (Map<String, Object> example : examples("openGrantProgramme")) {
            String leader = example.get("agency").toString().toLowerCase() + ".leader";
            ResponseEntity<Map> opened = as(leader).postForEntity(PROGRAMMES, example, Map.class);
            assertThat(opened.getStatusCode()).as("%s: %s", example, opened.getBody()).isEqualTo(HttpStatus.CREATED);
            for (Map<String, Object> year : examples("openBudgetYear")) {
                ResponseEntity<Map> next = as(leader).postForEntity(PROGRAMMES + "/{id}/years", year, Map.class,
                        opened.getBody().get("id"));
                assertThat(next.getStatusCode()).as("%s: %s", year, next.getBody()).isEqualTo(HttpStatus.CREATED);
            }
        }
    }

    private List<Map<String, Object>> examples(String operationId) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs", "examples", operationId))) {
            List<Map<String, Object>> examples = new ArrayList<>();
            for (Path file : files.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                examples.add(json.readValue(file.toFile(), Map.class));
            }
            assertThat(examples).as(operationId).isNotEmpty();
            return examples;
        }
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        long before = programmeRows();
        Map<?, ?> problem = refused(as("admin").postForEntity(PROGRAMMES, opening("SH", "cash", "20x7", "1.00", "USD"), Map.class));
        assertThat(fields(problem)).containsExactly("agency", "supportType", "year", "currency");
        assertThat(problem.get("errors").toString()).contains("SH is not a coordination agency");

        assertThat(fields(refused(as("admin").postForEntity(PROGRAMMES,
                opening("HN-PCA", "fiscal-transfer", "2063", "1000.005"), Map.class)))).containsExactly("budget");
        assertThat(fields(refused(as("admin").postForEntity(PROGRAMMES,
                opening("HN-PCA", "fiscal-transfer", "2063", "-1.00"), Map.class)))).containsExactly("budget");
        assertThat(fields(refused(as("admin").postForEntity(PROGRAMMES,
                opening("HN-PCA", "fiscal-transfer", "2063", null), Map.class)))).containsExactly("budget");
        assertThat(fields(refused(as("admin").postForEntity(PROGRAMMES,
                opening("HN-PCA", "land-quota", "2063", "10.00"), Map.class)))).containsExactly("budget");
        assertThat(fields(refused(as("admin").postForEntity(PROGRAMMES,
                opening("HN-PCA", "fiscal-transfer", "2019", "10.00"), Map.class)))).containsExactly("year");
        assertThat(programmeRows()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aYearTheAgencyAlreadyHasIsRefusedNamingTheYear() {
        assertThat(as("admin").postForEntity(PROGRAMMES, opening("CN-CCA", "tax-preference", "2064", "5.00"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<?, ?> again = refused(as("cn-cca.leader").postForEntity(PROGRAMMES,
                opening("CN-CCA", "tax-preference", "2064", "7.00"), Map.class));
        assertThat(again.get("errors")).isEqualTo(List.of(Map.of("field", "year",
                "message", "CN-CCA already has a tax-preference programme for 2064")));
        assertThat(years("CN-CCA", SupportType.TAX_PREFERENCE)).filteredOn(programme -> programme.year() == 2064)
                .singleElement().extracting(Programme::budget).isEqualTo(Optional.of(Money.of("5.00")));
    }

    @Test
    void onlyTheAgencysAdministratorsOpenItsProgrammes() {
        Map<String, Object> hunan = opening("HN-PCA", "tax-preference", "2065", "100.00");
        for (String user : List.of("sh.coordinator", "sh.leader", "hn-cs.leader", "hn-pca.grant_officer", "js-pca.leader")) {
            ResponseEntity<Map> refused = as(user).postForEntity(PROGRAMMES, hunan, Map.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).as(user).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(anonymous.postForEntity(PROGRAMMES, hunan, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map> opened = as("hn-pca.leader").postForEntity(PROGRAMMES, hunan, Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) opened.getBody().get("id")).longValue();
        assertThat(as("js-pca.leader").postForEntity(PROGRAMMES + "/{id}/years", Map.of("year", "2066", "budget", "1.00"),
                Map.class, id).getStatusCode()).as("another agency's programme is not visible").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("sh.coordinator").getForEntity(PROGRAMMES + "/{id}/years", Map.class, id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(years("HN-PCA", SupportType.TAX_PREFERENCE)).extracting(Programme::year).containsOnlyOnce(2065)
                .doesNotContain(2066);
    }

    /** Jiangsu's agency has no land-quota programme until its administrator opens one: then it grants Jiangsu's quotas. */
    @Test
    void aProvincialAgencysProgrammeOpenedAtRunTimeGrantsItsAgreementsSupport() {
        ResponseEntity<Map> opened = as("js-pca.leader").postForEntity(PROGRAMMES,
                opening("JS-PCA", "land-quota", String.valueOf(fixtures.year()), null), Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long programme = ((Number) opened.getBody().get("id")).longValue();

        Agreement agreement = fixtures.propose(List.of(GrantFixtures.status(LAND_QUOTA)), "JS-NJ", "JS-SZ");
        fixtures.startGrants(agreement);
        Grant grant = grants.of(agreement.id()).get(0);
        assertThat(grant.programmeId()).isEqualTo(programme);
        assertThat(grant.agency().value()).isEqualTo("JS-PCA");

        Task decision = tasks.createTaskQuery().processInstanceBusinessKey(agreement.id().toString())
                .taskDefinitionKey(USER_DECIDE_GRANT).singleResult();
        assertThat(as("js-pca.grant_officer").postForEntity("/api/tasks/{id}/complete", Map.of(VAR_GRANT_DECISION.name(), "award",
                VAR_VALID_FROM.name(), "2027-01-01", VAR_VALID_TO.name(), "2031-12-31", VAR_CONDITIONS.name(), "Farmland balance kept"),
                Map.class, decision.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(grants.grant(grant.id()).status()).isEqualTo(GrantStatus.AWARDED);
    }

    private static Map<String, Object> opening(String agency, String type, String year, String budget) {
        return opening(agency, type, year, budget, null);
    }

    private static Map<String, Object> opening(String agency, String type, String year, String budget, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("agency", agency);
        body.put("supportType", type);
        body.put("year", year);
        body.put("budget", budget);
        body.put("currency", currency);
        return body;
    }

    private static Map<?, ?> refused(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return response.getBody();
    }

    private static List<Object> fields(Map<?, ?> problem) {
        return ((List<Map<?, ?>>) problem.get("errors")).stream().map(error -> (Object) error.get("field")).toList();
    }

    private long programmeRows() {
        return programmes.programmes(LifecycleDriver.ADMINISTRATOR).size();
    }

    /** The budget years of the agency's programme for the support type, as an administrator sees them. */
    private List<Programme> years(String agency, SupportType type) {
        return programmes.programmes(LifecycleDriver.ADMINISTRATOR).stream()
                .filter(programme -> programme.agency().value().equals(agency) && programme.supportType() == type).toList();
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }
}
