package org.regionalcoop.agreements;

import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff working through the REST APIs only: the platform API and the engine's task API. */
final class StaffClient {

    private final LifecycleDriver platform;
    private final TestRestTemplate http;
    private final String user;

    /** The platform is watched only to wait for what a completion set off (LifecycleDriver#awaitContinuations). */
    StaffClient(TestRestTemplate anonymous, LifecycleDriver platform, String user) {
        this.platform = platform;
        this.http = anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
        this.user = user;
    }

    Map<String, Object> propose(Map<String, Object> proposal) {
        ResponseEntity<Map> created = http.postForEntity("/api/agreements", proposal, Map.class);
        assertThat(created.getStatusCode()).as("%s proposes: %s", user, created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    Map<String, Object> revise(String id, Map<String, Object> content, String reason) {
        ResponseEntity<Map> created = http.postForEntity("/api/agreements/{id}/versions", Map.of("content", content, "reason", reason),
                Map.class, id);
        assertThat(created.getStatusCode()).as("%s revises: %s", user, created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    /** Posts to the platform API and expects this status; returns the answer's body. */
    Map<String, Object> post(String path, Object body, HttpStatus expected, Object... variables) {
        ResponseEntity<Map> answer = http.postForEntity(path, body, Map.class, variables);
        assertThat(answer.getStatusCode()).as("%s posts to %s: %s", user, path, answer.getBody()).isEqualTo(expected);
        return answer.getBody();
    }

    Map<String, Object> get(String path, Object... variables) {
        ResponseEntity<Map> answer = http.getForEntity(path, Map.class, variables);
        assertThat(answer.getStatusCode()).as("%s reads %s: %s", user, path, answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    List<Map<String, Object>> list(String path, Object... variables) {
        ResponseEntity<List> answer = http.getForEntity(path, List.class, variables);
        assertThat(answer.getStatusCode()).as("%s reads %s", user, path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    List<Map<String, Object>> audit(String id) {
        return http.getForObject("/api/agreements/{id}/audit", List.class, id);
    }

    Map<String, Object> agreement(String id) {
        return http.getForObject("/api/agreements/" + id, Map.class);
    }

    /** The caller's open tasks of one kind for one agreement (ballots carry agreement:round:participant keys). */
    List<Map<String, Object>> tasks(String group, String taskDefinitionKey, String agreementId) {
        List<Map<String, Object>> tasks = http.getForObject("/engine-rest/task?candidateGroup={group}&taskDefinitionKey={key}"
                + "&processInstanceBusinessKeyLike={id}%&maxResults=100", List.class, group, taskDefinitionKey, agreementId);
        assertThat(tasks).as("tasks of %s seen by %s", group, user).isNotNull();
        return tasks;
    }

    /** Completes the single open task of that kind, with form values, and waits for what the completion set off. */
    void complete(String group, String taskDefinitionKey, String agreementId, Map<String, Object> values) {
        List<Map<String, Object>> tasks = tasks(group, taskDefinitionKey, agreementId);
        assertThat(tasks).as("%s's %s tasks for %s", group, taskDefinitionKey, agreementId).hasSize(1);
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> completed = http.postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", variables), String.class, tasks.get(0).get("id"));
        assertThat(completed.getStatusCode()).as("%s completes %s: %s", user, taskDefinitionKey, completed.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        platform.awaitContinuations(AgreementId.of(agreementId));
    }
}
