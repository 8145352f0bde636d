package org.regionalcoop.tasks;

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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's task list: only my government's work, and another government's task looks missing. */
@PlatformTest
class StaffTaskApiTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    private List<Map<String, Object>> myTasks(String user, String agreementId) {
        Map<String, Object> page = as(user).getForObject("/api/tasks?agreementId={id}", Map.class, agreementId);
        return (List<Map<String, Object>>) page.get("tasks");
    }

    @Test
    void aCoordinatorSeesOnlyTheirGovernmentsTasks() {
        Agreement yrd = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS", "ZJ", "AH");

        List<Map<String, Object>> shanghai = myTasks("sh.coordinator", yrd.id().toString());

        assertThat(shanghai).hasSize(1);
        assertThat(shanghai.get(0)).containsEntry("taskDefinitionKey", "user_cast_vote")
                .containsEntry("agreementId", yrd.id().toString()).containsEntry("formKey", "cast-vote");
        assertThat((List<String>) shanghai.get(0).get("candidateGroups")).containsExactly("SH.coordinator");
        assertThat(myTasks("hn-cs.coordinator", yrd.id().toString())).isEmpty();
    }

    @Test
    void anotherGovernmentsTaskIsIndistinguishableFromAMissingOne() {
        Agreement yrd = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String shanghaiTask = (String) myTasks("sh.coordinator", yrd.id().toString()).get(0).get("id");

        ResponseEntity<Map> foreign = as("js.coordinator").getForEntity("/api/tasks/{id}", Map.class, shanghaiTask);
        ResponseEntity<Map> missing = as("js.coordinator").getForEntity("/api/tasks/{id}", Map.class, "no-such-task");
        ResponseEntity<Map> completion = as("js.coordinator").postForEntity("/api/tasks/{id}/complete",
                Map.of("answer", "decline"), Map.class, shanghaiTask);

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().get("title")).isEqualTo(missing.getBody().get("title"));
        assertThat(myTasks("sh.coordinator", yrd.id().toString())).hasSize(1);
    }

    @Test
    void completingValidatesTheFormAndASecondCompletionIsAConflict() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = (String) myTasks("sh.coordinator", agreement.id().toString()).get(0).get("id");

        ResponseEntity<Map> invalid = as("sh.coordinator").postForEntity("/api/tasks/{id}/complete",
                Map.of("answer", "perhaps"), Map.class, task);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) invalid.getBody().get("detail")).contains("answer (本政府的答复 / Your government's answer) must be one of consent, decline, amend");

        ResponseEntity<Void> done = as("sh.coordinator").postForEntity("/api/tasks/{id}/complete",
                Map.of("answer", "consent"), Void.class, task);
        ResponseEntity<Map> again = as("sh.coordinator").postForEntity("/api/tasks/{id}/complete",
                Map.of("answer", "consent"), Map.class, task);

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("already completed or withdrawn");
    }

    @Test
    void aClaimedTaskIsWorkedByItsClaimant() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = (String) myTasks("js.coordinator", agreement.id().toString()).get(0).get("id");

        assertThat(as("js.coordinator").postForEntity("/api/tasks/{id}/claim", null, Void.class, task).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("js.coordinator").getForObject("/api/tasks/{id}", Map.class, task)).containsEntry("assignee", "js.coordinator");
        assertThat(as("js.coordinator").postForEntity("/api/tasks/{id}/unclaim", null, Void.class, task).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("js.coordinator").getForObject("/api/tasks/{id}", Map.class, task).get("assignee")).isNull();
    }
}
