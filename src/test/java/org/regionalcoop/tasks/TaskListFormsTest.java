package org.regionalcoop.tasks;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The form a listed task names is the one the engine's own task query gives it: the key its step names in the
 * deployed process, read once per definition, or the value of an expression of the task's variables, which only
 * the engine can evaluate; none for a step that names no form.
 */
@PlatformTest
class TaskListFormsTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    StaffTasks staffTasks;

    @Test
    void aListedTaskNamesTheFormItsStepNamesByKeyOrByAnExpression() {
        String deployment = repository.createDeployment().addModelInstance("task_list_forms.bpmn", Bpmn
                .createExecutableProcess("task_list_forms").camundaHistoryTimeToLive(1)
                .startEvent().parallelGateway("fork")
                .userTask("named").camundaCandidateGroups("FORMS.coordinator")
                .camundaFormRef("cast-vote").camundaFormRefBinding("latest").endEvent()
                .moveToNode("fork").userTask("evaluated").camundaCandidateGroups("FORMS.coordinator")
                .camundaFormRef("${formName}").camundaFormRefBinding("latest").endEvent()
                .moveToNode("fork").userTask("formless").camundaCandidateGroups("FORMS.coordinator").endEvent()
                .done()).deploy().getId();
        try {
            runtime.startProcessInstanceByKey("task_list_forms", Map.of("formName", "sign-agreement"));
            Caller staff = new Caller("forms.coordinator", Set.of("FORMS.coordinator"));

            TaskPage page = staffTasks.mine(staff, new StaffTasks.Filter(null, null, null, null), 0, 50);

            assertThat(page.tasks()).extracting(StaffTask::taskDefinitionKey, StaffTask::processDefinitionKey, StaffTask::formKey)
                    .containsExactlyInAnyOrder(tuple("named", "task_list_forms", "cast-vote"),
                            tuple("evaluated", "task_list_forms", "sign-agreement"), tuple("formless", "task_list_forms", null));
            String evaluated = page.tasks().stream().filter(task -> task.taskDefinitionKey().equals("evaluated"))
                    .findFirst().orElseThrow().id();
            assertThat(staffTasks.get(evaluated, staff).formKey()).as("the task read alone").isEqualTo("sign-agreement");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
