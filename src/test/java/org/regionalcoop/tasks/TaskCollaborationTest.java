package org.regionalcoop.tasks;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Working a task together: delegation within a government, comments, and the agreement context. */
@PlatformTest
class TaskCollaborationTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    private String ballot(String user, Agreement agreement) {
        Map<String, Object> page = as(user).getForObject("/api/tasks?agreementId={id}&taskDefinitionKey=user_cast_vote",
                Map.class, agreement.id().toString());
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) page.get("tasks");
        assertThat(tasks).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    @Test
    void aTaskIsDelegatedToAColleagueOfTheSameGovernmentOnly() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = ballot("sh.coordinator", agreement);

        ResponseEntity<Map> abroad = as("sh.coordinator").postForEntity("/api/tasks/{id}/delegate",
                Map.of("to", "js.coordinator"), Map.class, task);
        assertThat(abroad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) abroad.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("to");
        assertThat(as("js.coordinator").getForEntity("/api/tasks/{id}", Map.class, task).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(as("sh.coordinator").postForEntity("/api/tasks/{id}/delegate", Map.of("to", "sh.leader"), Void.class, task)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("sh.leader").getForObject("/api/tasks/{id}", Map.class, task)).containsEntry("assignee", "sh.leader")
                .containsEntry("owner", "sh.coordinator").containsEntry("delegation", "pending");
    }

    @Test
    void theDelegateResolvesAndTheOwnerCompletes() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = ballot("sh.coordinator", agreement);
        as("sh.coordinator").postForEntity("/api/tasks/{id}/delegate", Map.of("to", "sh.leader"), Void.class, task);

        ResponseEntity<Map> byTheDelegate = as("sh.leader").postForEntity("/api/tasks/{id}/complete",
                Map.of("answer", "consent"), Map.class, task);
        assertThat(byTheDelegate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) byTheDelegate.getBody().get("detail")).contains("delegated to you by sh.coordinator");
        assertThat(as("sh.coordinator").postForEntity("/api/tasks/{id}/resolve", null, Void.class, task).getStatusCode())
                .as("only the delegate resolves").isEqualTo(HttpStatus.CONFLICT);

        assertThat(as("sh.leader").postForEntity("/api/tasks/{id}/resolve", null, Void.class, task).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(as("sh.coordinator").getForObject("/api/tasks/{id}", Map.class, task))
                .containsEntry("assignee", "sh.coordinator").containsEntry("owner", "sh.coordinator")
                .containsEntry("delegation", "resolved");
        assertThat(as("sh.coordinator").postForEntity("/api/tasks/{id}/complete", Map.of("answer", "consent"), Void.class, task)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void commentsRoundTripForThoseWhoSeeTheTask() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = ballot("sh.coordinator", agreement);

        ResponseEntity<Map> added = as("sh.coordinator").postForEntity("/api/tasks/{id}/comments",
                Map.of("message", "Waiting for the transport bureau's figures"), Map.class, task);
        ResponseEntity<Map> empty = as("sh.coordinator").postForEntity("/api/tasks/{id}/comments",
                Map.of("message", " "), Map.class, task);

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) empty.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("message");
        List<Map<String, Object>> comments = as("sh.coordinator").getForObject("/api/tasks/{id}/comments", List.class, task);
        assertThat(comments).singleElement().satisfies(comment -> assertThat(comment)
                .containsEntry("author", "sh.coordinator")
                .containsEntry("message", "Waiting for the transport bureau's figures")
                .containsKey("time"));
        assertThat(as("js.coordinator").getForEntity("/api/tasks/{id}/comments", Map.class, task).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theTaskShowsTheAgreementAndTheOtherParticipantsAnswersSoFar() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS", "ZJ", "AH");
        as("js.coordinator").postForEntity("/api/tasks/{id}/complete", Map.of("answer", "consent"), Void.class,
                ballot("js.coordinator", agreement));
        as("zj.coordinator").postForEntity("/api/tasks/{id}/complete", Map.of("answer", "decline"), Void.class,
                ballot("zj.coordinator", agreement));

        Map<String, Object> task = as("sh.coordinator").getForObject("/api/tasks/{id}", Map.class,
                ballot("sh.coordinator", agreement));

        assertThat(task).containsEntry("taskDefinitionKey", "user_cast_vote").containsKey("due");
        assertThat(task.get("due")).isNotNull();
        Map<String, Object> context = (Map<String, Object>) task.get("agreement");
        assertThat(context).containsEntry("version", 1).containsEntry("contentHash", agreement.current().contentHash())
                .containsEntry("round", 1).containsEntry("changes", List.of());
        Map<String, Object> answers = (Map<String, Object>) context.get("answers");
        assertThat(answers).containsEntry("JS", "consent").containsEntry("ZJ", "decline").containsEntry("AH", null)
                .doesNotContainKey("SH");
    }
}
