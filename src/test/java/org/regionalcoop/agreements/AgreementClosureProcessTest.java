package org.regionalcoop.agreements;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.agreements.internal.AgreementClosureProcess.*;

@ProcessTest
class AgreementClosureProcessTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    FormService forms;

    @Test
    void theSecretariatsCoordinatorsEvaluateAndRenew() throws IOException {
        ProcessInstance closure = start("SH");

        Task evaluation = tasks.createTaskQuery().processInstanceId(closure.getId()).singleResult();
        assertThat(evaluation.getTaskDefinitionKey()).isEqualTo(USER_EVALUATE_AGREEMENT);
        assertThat(tasks.getIdentityLinksForTask(evaluation.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("SH.coordinator");
        assertThat(evaluation.getDueDate()).isInTheFuture();
        Task withForm = tasks.createTaskQuery().taskId(evaluation.getId()).initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("evaluate-agreement");
        try (InputStream form = forms.getDeployedTaskForm(evaluation.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"closureDecision\"");
        }

        tasks.complete(evaluation.getId(), Map.of(VAR_EVALUATION.name(), "Joint transport card in use in all cities",
                VAR_CLOSURE_DECISION.name(), ClosureDecided.Decision.RENEW.key()));

        assertThat(endedAt(closure)).isEqualTo(END_RENEWAL_REQUESTED);
    }

    @Test
    void terminationEndsTheAgreement() {
        ProcessInstance closure = start("HN-CS");
        Task evaluation = tasks.createTaskQuery().processInstanceId(closure.getId()).singleResult();

        tasks.complete(evaluation.getId(), Map.of(VAR_EVALUATION.name(), "Goals met; no further joint work planned",
                VAR_CLOSURE_DECISION.name(), ClosureDecided.Decision.TERMINATE.key()));

        assertThat(endedAt(closure)).isEqualTo(END_AGREEMENT_TERMINATED);
    }

    private ProcessInstance start(String secretariat) {
        return runtime.startProcessInstanceByKey(KEY, Map.of(
                VAR_AGREEMENT_ID.name(), UUID.randomUUID().toString(), VAR_SECRETARIAT.name(), secretariat));
    }

    private String endedAt(ProcessInstance instance) {
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isEqualTo(1);
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("noneEndEvent").list().stream()
                .map(HistoricActivityInstance::getActivityId).findFirst().orElseThrow();
    }
}
