package org.regionalcoop.security;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.consensus.internal.BallotProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for refusals on both APIs: what the caller may not see is answered 404, exactly as if it did not
 * exist; what it sees but its roles do not let it do is 403; neither names the thing refused.
 */
@PlatformTest
class RefusalsTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TaskService tasks;

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    @Test
    void anotherGovernmentsTaskAndItsVariablesLookMissingOnTheEngineApi() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String shanghais = driver.openTasks(agreement, BallotProcess.USER_CAST_VOTE).stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId().equals("SH.coordinator"))
                .findFirst().orElseThrow().getId();

        ResponseEntity<Map> task = as("hn-cs.coordinator").getForEntity("/engine-rest/task/{id}", Map.class, shanghais);
        ResponseEntity<Map> variables = as("hn-cs.coordinator").getForEntity("/engine-rest/task/{id}/variables", Map.class,
                shanghais);
        ResponseEntity<Map> missing = as("hn-cs.coordinator").getForEntity("/engine-rest/task/{id}/variables", Map.class,
                "no-such-task");

        assertNotFound(task);
        assertNotFound(variables);
        assertNotFound(missing);
        assertThat(variables.getBody().get("detail").toString()).doesNotContain(shanghais);
        assertThat(variables.getBody().get("detail")).isEqualTo(missing.getBody().get("detail"));
        assertThat(as("sh.coordinator").getForEntity("/engine-rest/task/{id}/variables", Map.class, shanghais)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * Some of the engine's task resources answer for themselves: the deployed form a 403 naming the task and its
     * process (and a 500 for a task that does not exist), a new identity link 400 'cannot find task' for a missing
     * task but 404 for a foreign one. Whatever the resource, another government's task is answered exactly as a
     * missing one, and the task's own government still gets its answer.
     */
    @Test
    void everyEngineTaskResourceAnswersAForeignTaskAsAMissingOne() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String shanghais = driver.openTasks(agreement, BallotProcess.USER_CAST_VOTE).stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId().equals("SH.coordinator"))
                .findFirst().orElseThrow().getId();
        Map<String, Object> link = Map.of("groupId", "HN-CS.coordinator", "type", "candidate");

        for (String task : new String[] {shanghais, "no-such-task"}) {
            ResponseEntity<Map> form = as("hn-cs.coordinator").getForEntity("/engine-rest/task/{id}/deployed-form", Map.class, task);
            ResponseEntity<Map> linked = as("hn-cs.coordinator").postForEntity("/engine-rest/task/{id}/identity-links", link,
                    Map.class, task);
            ResponseEntity<Map> commented = as("hn-cs.coordinator").postForEntity("/engine-rest/task/{id}/comment/create",
                    Map.of("message", "hello"), Map.class, task);
            for (ResponseEntity<Map> answer : List.of(form, linked, commented)) {
                assertNotFound(answer);
                assertThat(answer.getBody()).containsEntry("detail", "There is nothing at this address");
            }
        }
        assertThat(as("sh.coordinator").getForEntity("/engine-rest/task/{id}/deployed-form", String.class, shanghais)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getIdentityLinksForTask(shanghais)).extracting(IdentityLink::getGroupId).doesNotContain("HN-CS.coordinator");
    }

    /**
     * Tasks take no attachments (docs/decisions/task-attachments.md): their own government is refused them with a
     * 403 that says why, whether it lists, reads or adds one; another government's task is answered as a missing one.
     */
    @Test
    void taskAttachmentsAreRefusedWithTheReasonAndAForeignTaskLooksMissing() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String shanghais = driver.openTasks(agreement, BallotProcess.USER_CAST_VOTE).stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId().equals("SH.coordinator"))
                .findFirst().orElseThrow().getId();
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> link = new LinkedMultiValueMap<>();
        link.add("attachment-name", "Minutes");
        link.add("url", "https://example.org/minutes.pdf");

        List<ResponseEntity<Map>> own = List.of(
                as("sh.coordinator").getForEntity("/engine-rest/task/{id}/attachment", Map.class, shanghais),
                as("sh.coordinator").getForEntity("/engine-rest/task/{id}/attachment/{a}", Map.class, shanghais, "1"),
                as("sh.coordinator").postForEntity("/engine-rest/task/{id}/attachment/create",
                        new HttpEntity<>(link, multipart), Map.class, shanghais));
        for (ResponseEntity<Map> answer : own) {
            assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody()).containsEntry("type", "https://regionalcoop.org/problems/access-denied");
            assertThat(answer.getBody().get("detail").toString()).startsWith("Tasks take no attachments");
        }
        assertThat(tasks.getTaskAttachments(shanghais)).isEmpty();
        assertNotFound(as("hn-cs.coordinator").getForEntity("/engine-rest/task/{id}/attachment", Map.class, shanghais));
        assertNotFound(as("hn-cs.coordinator").postForEntity("/engine-rest/task/{id}/attachment/create",
                new HttpEntity<>(link, multipart), Map.class, shanghais));
    }

    @Test
    void engineWideEndpointsAreForAdministratorsOnly() {
        for (String path : new String[] {"/engine-rest/metrics/activity-instance/sum", "/engine-rest/history/task",
                "/engine-rest/variable-instance", "/engine-rest/user", "/engine-rest/job"}) {
            ResponseEntity<Map> refused = as("sh.coordinator").getForEntity(path, Map.class);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(as("admin").getForEntity("/engine-rest/metrics/activity-instance/sum", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aParticipantInTheWrongRoleIsForbiddenAndAnOutsiderFindsNothing() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String versions = "/api/agreements/" + agreement.id() + "/versions";
        String projects = "/api/agreements/" + agreement.id() + "/projects";
        Map<String, Object> revision = Map.of("reason", "Jiangsu's amendments", "content", Map.of("title", "Changed"));

        ResponseEntity<Map> participant = as("js.coordinator").postForEntity(versions, revision, Map.class);
        ResponseEntity<Map> outsider = as("hn-cs.coordinator").postForEntity(versions, revision, Map.class);
        ResponseEntity<Map> financeOfficer = as("sh.finance_officer").postForEntity(projects, Map.of("name", "Bus depot"),
                Map.class);

        assertThat(participant.getStatusCode()).as("%s", participant.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(participant.getBody()).containsEntry("type", "https://regionalcoop.org/problems/access-denied");
        assertThat(financeOfficer.getStatusCode()).as("%s", financeOfficer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertNotFound(outsider);
    }

    private static void assertNotFound(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).containsEntry("type", "https://regionalcoop.org/problems/not-found");
    }
}
