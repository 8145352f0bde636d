package org.regionalcoop.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every deployed process has a workbench page: the task page renders the task's Camunda
 * Form, so each task needs a form and a name, a purpose, every field's label and every choice in both languages.
 */
@PlatformTest
class EveryStepHasAPageTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    ObjectMapper json;

    @Test
    void everyUserTaskHasAFormAndItsWordsInEnglishAndChinese() throws IOException {
        Properties english = MessageBundlesTest.bundle("messages.properties");
        Properties chinese = MessageBundlesTest.bundle("messages_zh_CN.properties");
        List<String> missing = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(process.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                steps.add(task.getId());
                String form = task.getCamundaFormRef();
                if (form == null) {
                    missing.add(task.getId() + ": no form");
                    continue;
                }
                List<String> keys = new ArrayList<>(List.of("step." + task.getId(), "step." + task.getId() + ".what"));
                for (JsonNode component : deployedForm(process, form).path("components")) {
                    // Disabled fields only show the process's context, which the page shows its own way.
                    if (component.has("key") && !component.path("disabled").asBoolean(false)
                            && !"expression".equals(component.path("type").asText())) {
                        keys.add("field." + component.get("key").asText());
                        component.path("values").forEach(value ->
                                keys.add("value." + component.get("key").asText() + "." + value.path("value").asText()));
                    }
                }
                keys.stream().filter(key -> !english.containsKey(key) || !chinese.containsKey(key))
                        .forEach(key -> missing.add(task.getId() + ": " + key));
            }
        }
        assertThat(steps).as("the processes' user tasks").hasSizeGreaterThanOrEqualTo(15)
                .contains("user_cast_vote", "user_sign_agreement", "user_review_agreement", "user_decide_grant");
        assertThat(missing).isEmpty();
    }

    private JsonNode deployedForm(ProcessDefinition process, String formKey) throws IOException {
        String resource = repository.getDeploymentResourceNames(process.getDeploymentId()).stream()
                .filter(name -> name.endsWith(".form"))
                .filter(name -> {
                    try (InputStream in = repository.getResourceAsStream(process.getDeploymentId(), name)) {
                        return formKey.equals(json.readTree(in).path("id").asText());
                    } catch (IOException e) {
                        return false;
                    }
                }).findFirst().orElseThrow(() -> new AssertionError("no deployed form " + formKey));
        try (InputStream in = repository.getResourceAsStream(process.getDeploymentId(), resource)) {
            return json.readTree(in);
        }
    }
}
