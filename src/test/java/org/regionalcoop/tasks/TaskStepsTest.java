package org.regionalcoop.tasks;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user task of every process in {@code bpmn/} is named after its agreement or project. */
class TaskStepsTest {

    @Test
    void everyUserTaskOfEveryProcessHasAStep() throws IOException {
        List<String> userTasks;
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            userTasks = models.filter(model -> model.toString().endsWith(".bpmn"))
                    .flatMap(model -> Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class).stream())
                    .map(UserTask::getId).toList();
        }

        assertThat(userTasks).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(key -> assertThat(TaskSteps.of(key)).as(key).isPresent());
        assertThat(userTasks).allSatisfy(key -> assertThat(TaskSteps.of(key).orElseThrow().name())
                .as("%s names its agreement or project", key).containsAnyOf("${agreementTitle}", "${projectName}"));
    }
}
