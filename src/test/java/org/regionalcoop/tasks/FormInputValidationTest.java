package org.regionalcoop.tasks;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.internal.AgreementClosureProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Completing a task with values its Camunda Form would not accept fails, in-process and over REST. */
@PlatformTest
class FormInputValidationTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void aTaskCannotBeCompletedWithoutItsRequiredFields() {
        Task evaluation = evaluationTask("SH");

        assertThatThrownBy(() -> tasks.complete(evaluation.getId(), Map.of("closureDecision", "renew")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("form 'evaluate-agreement'")
                .hasMessageContaining("evaluation (合作成效评估 / Evaluation of the cooperation) is required");
        assertThat(tasks.createTaskQuery().taskId(evaluation.getId()).count()).isOne();
    }

    @Test
    void overRestABrokenRuleIsABadRequestNamingTheField() {
        Task evaluation = evaluationTask("SH");

        var response = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD).postForEntity(
                "/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of("evaluation", Map.of("value", "fine"), "closureDecision", Map.of("value", "extend"))),
                String.class, evaluation.getId());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("closureDecision (决定 / Decision) must be one of renew, terminate, not 'extend'");
        assertThat(tasks.createTaskQuery().taskId(evaluation.getId()).count()).isOne();
    }

    private Task evaluationTask(String secretariat) {
        String instance = runtime.startProcessInstanceByKey(AgreementClosureProcess.KEY, Map.of(
                AgreementClosureProcess.VAR_AGREEMENT_ID.name(), UUID.randomUUID().toString(),
                AgreementClosureProcess.VAR_SECRETARIAT.name(), secretariat)).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }
}
