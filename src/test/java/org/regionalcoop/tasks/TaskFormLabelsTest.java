package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Camunda Form in {@code bpmn/forms/} speaks to whoever opens it in the Tasklist, whatever the browser's
 * language: each label, description and choice is Chinese first, then English after " / ".
 */
class TaskFormLabelsTest {

    /** Chinese up to the first " / ", then English with no Chinese in it. */
    private static final Pattern BILINGUAL = Pattern.compile("[^/]*\\p{IsHan}.*? / [^\\p{IsHan}]*[A-Za-z][^\\p{IsHan}]*");

    @Test
    void everyLabelDescriptionAndChoiceIsChineseFirstThenEnglish() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> forms = Files.list(Path.of("bpmn", "forms"))) {
            for (Path form : forms.filter(file -> file.toString().endsWith(".form")).sorted().toList()) {
                for (JsonNode component : new ObjectMapper().readTree(form.toFile()).path("components")) {
                    String field = form.getFileName() + " " + component.path("key").asText(component.path("id").asText());
                    Stream.of("label", "dateLabel", "description").filter(component::has)
                            .forEach(text -> texts.put(field + " " + text, component.get(text).asText()));
                    component.path("values").forEach(choice ->
                            texts.put(field + " = " + choice.path("value").asText(), choice.path("label").asText()));
                }
            }
        }

        assertThat(texts).hasSizeGreaterThan(100).allSatisfy((where, text) -> assertThat(text).as(where).matches(BILINGUAL));
    }
}
