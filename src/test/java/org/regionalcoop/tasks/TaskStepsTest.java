package org.regionalcoop.tasks;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every process in {@code bpmn/} is named after its agreement or project, once, with the step
 * in Chinese first and then in English.
 */
class TaskStepsTest {

    /** Chinese up to the first " / ", then English: the step's words, before the agreement's or project's name. */
    private static final Pattern BILINGUAL = Pattern.compile("\\p{IsHan}[^A-Za-z]* / [A-Z][^\\p{IsHan}]*: \\$\\{.*");

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
        assertThat(userTasks).allSatisfy(key -> {
            String name = TaskSteps.of(key).orElseThrow().name();
            assertThat(name).as("%s names its agreement or project", key).containsAnyOf("${agreementTitle}", "${projectName}");
            assertThat(name).as("%s says the step in Chinese, then in English", key).matches(BILINGUAL);
            assertThat(times("${agreementTitle}", name) + times("${projectName}", name))
                    .as("%s gives the agreement's or project's name once, in the language it was written in", key).isOne();
        });
    }

    @Test
    void aNameLongerThanTheEngineKeepsIsCutAfterTheStepsWordsAndNeverInsideACharacter() {
        String project = "长".repeat(200);
        String milestone = "\uD840\uDC0B".repeat(200);

        String fitted = TaskPresentation.fitted("报告里程碑 / Report milestone: " + project + " – " + milestone);

        assertThat(fitted.codePointCount(0, fitted.length())).isEqualTo(TaskPresentation.NAME_LENGTH);
        assertThat(fitted).startsWith("报告里程碑 / Report milestone: " + project + " – \uD840\uDC0B").endsWith("\uD840\uDC0B…");
        assertThat(TaskPresentation.fitted("签署 / Sign: " + project)).isEqualTo("签署 / Sign: " + project);
    }

    private static int times(String part, String name) {
        return name.split(Pattern.quote(part), -1).length - 1;
    }
}
