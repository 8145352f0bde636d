package org.regionalcoop.projects;

import org.regionalcoop.projects.internal.JointProjectProcess;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Registering projects and reading them over HTTP: every bad field named, nothing stored, others' projects hidden. */
@PlatformTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ProjectApiTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        Agreement agreement = fixtures.approvedAgreement();
        Map<String, Object> registration = registration();
        registration.put("lead", "SH");
        registration.put("location", "HX");
        registration.put("grantPart", "-5.00");
        registration.put("costShares", List.of(share("HN-CS", "50"), share("HN-ZZ", "30"), share("HN-XT", "19"),
                share("SH", "2")));
        registration.put("milestones", List.of(milestone("Design", "2027-06-30", "150.00"),
                milestone("Build", "2035-06-30", "-250.00")));
        int projectsBefore = projectRows();
        long instancesBefore = projectInstances();

        ResponseEntity<Map> response = register("hn-cs.coordinator", agreement, registration);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("lead", "location", "grantPart", "costShares[3].participant", "costShares",
                        "milestones[1].dueDate", "milestones[1].grantAmount");
        assertThat((String) response.getBody().get("detail"))
                .contains("lead: SH is not a participant of the agreement")
                .contains("location: no government with code 'HX' is registered")
                .contains("milestones[1].dueDate: must fall within the agreement's term 2027-01-01 to 2031-12-31");
        assertThat(projectRows()).isEqualTo(projectsBefore);
        assertThat(projectInstances()).isEqualTo(instancesBefore);
    }

    @Test
    void sharesNotAddingUpTo100AndMilestonesNotAddingUpToTheGrantPartAreRefused() {
        Agreement agreement = fixtures.approvedAgreement();
        Map<String, Object> registration = registration();
        registration.put("costShares", List.of(share("HN-CS", "50"), share("HN-ZZ", "30"), share("HN-XT", "19.99")));
        registration.put("milestones", List.of(milestone("Design", "2027-06-30", "150.00")));

        ResponseEntity<Map> response = register("hn-cs.coordinator", agreement, registration);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail"))
                .contains("costShares: shares add up to 99.99 %, not exactly 100 %")
                .contains("milestones: grant amounts add up to 150.00, not the grant part 400.00");
    }

    @Test
    void onlyCoordinatorsOfParticipantsRegisterAndOnlyUnderAnApprovedAgreement() {
        Agreement approved = fixtures.approvedAgreement();
        Agreement inConsensus = driver.propose(AgreementType.FRAMEWORK, "10000000.00", ProjectFixtures.CZT);

        assertThat(register("hn-zz.finance_officer", approved, registration()).getStatusCode()).as("sees it, may not register")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(errorFields(register("hn-cs.coordinator", inConsensus, registration()))).containsExactly("agreement");
        assertThat(register("sh.coordinator", approved, registration()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void participantsTheApprovingAgencyAndAdministratorsSeeTheProjectOthersGet404() {
        Agreement agreement = fixtures.approvedAgreement();
        ResponseEntity<Map> created = register("hn-zz.coordinator", agreement, registration());
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/projects/" + id);
        assertThat(created.getBody()).containsEntry("registeredBy", "hn-zz.coordinator").containsEntry("budget", "1000.00");

        for (String user : List.of("hn-xt.finance_officer", "hn-pca.grant_officer", "admin")) {
            ResponseEntity<Map> detail = get(user, "/api/projects/" + id);
            assertThat(detail.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat((Map<String, Object>) detail.getBody().get("project")).containsEntry("status", "active");
            assertThat((List<Map<String, Object>>) detail.getBody().get("contributions"))
                    .extracting(c -> c.get("participant"), c -> c.get("amount"))
                    .containsExactly(tuple("HN-CS", "300.00"),
                            tuple("HN-XT", "120.00"),
                            tuple("HN-ZZ", "180.00"));
            assertThat((List<Map<String, Object>>) detail.getBody().get("milestones")).extracting(m -> m.get("name"))
                    .containsExactly("Design", "Build");
            ResponseEntity<List> list = anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD)
                    .getForEntity("/api/agreements/" + agreement.id() + "/projects", List.class);
            assertThat(list.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat((List<Map<String, Object>>) list.getBody()).extracting(p -> p.get("id"), p -> p.get("status"))
                    .containsExactly(tuple(id, "active"));
        }
        for (String user : List.of("sh.coordinator", "js-pca.grant_officer")) {
            assertThat(get(user, "/api/projects/" + id).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get(user, "/api/agreements/" + agreement.id() + "/projects").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(get("admin", "/api/projects/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/projects/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theLeadsTasksAreListedUnderTheirAgreementInTheTaskApi() {
        Agreement agreement = fixtures.approvedAgreement();
        assertThat(register("hn-zz.coordinator", agreement, registration()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> page = get("hn-zz.coordinator", "/api/tasks?agreementId=" + agreement.id()
                + "&taskDefinitionKey=" + JointProjectProcess.USER_REPORT_MILESTONE);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) page.getBody().get("tasks");
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task).containsEntry("agreementId", agreement.id().toString())
                    .containsEntry("processDefinitionKey", JointProjectProcess.KEY);
            ResponseEntity<Map> detail = get("hn-zz.coordinator", "/api/tasks/" + task.get("id"));
            assertThat(detail.getStatusCode()).as("%s", detail.getBody()).isEqualTo(HttpStatus.OK);
        });
        assertThat((List<?>) get("hn-cs.coordinator", "/api/tasks?agreementId=" + agreement.id() + "&taskDefinitionKey="
                + JointProjectProcess.USER_REPORT_MILESTONE).getBody().get("tasks")).as("only the lead reports").isEmpty();
    }

    private ResponseEntity<Map> register(String user, Agreement agreement, Map<String, Object> registration) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD)
                .postForEntity("/api/agreements/" + agreement.id() + "/projects", registration, Map.class);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD).getForEntity(path, Map.class);
    }

    private static List<Object> errorFields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    /** A valid registration in a field no other test uses, so it never meets repeated construction. */
    private static Map<String, Object> registration() {
        Map<String, Object> registration = new HashMap<>();
        registration.put("name", "Xiangjiang riverside greenway");
        registration.put("lead", "HN-ZZ");
        registration.put("field", "tourism");
        registration.put("location", "HN-ZZ");
        registration.put("budget", "1000.00");
        registration.put("grantPart", "400.00");
        registration.put("costShares", List.of(share("HN-CS", "50"), share("HN-ZZ", "30"), share("HN-XT", "20")));
        registration.put("milestones", List.of(milestone("Design", "2027-06-30", "150.00"),
                milestone("Build", "2028-06-30", "250.00")));
        return registration;
    }

    private static Map<String, Object> share(String participant, String percent) {
        return Map.of("participant", participant, "percent", percent);
    }

    private static Map<String, Object> milestone(String name, String dueDate, String grantAmount) {
        return Map.of("name", name, "dueDate", dueDate, "grantAmount", grantAmount);
    }

    /** No API counts every project of every agreement; the refused one must be stored nowhere. */
    private int projectRows() {
        return jdbc.queryForObject("select count(*) from project", Integer.class);
    }

    private long projectInstances() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(JointProjectProcess.KEY).count();
    }
}
