package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The input rules of one Camunda Form (required, maximum length, pattern, allowed values), applied to
 * the values a task is completed with, so the server insists on what the form asks for.
 */
final class FormRules {

    private final String formId;
    private final List<Field> fields;

    private record Field(TaskForm.Field shape, String label, Pattern pattern) {
    }

    private FormRules(String formId, List<Field> fields) {
        this.formId = formId;
        this.fields = fields;
    }

    static FormRules of(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> allowed = new ArrayList<>();
            component.path("values").forEach(value -> allowed.add(value.path("value").asText()));
            fields.add(new Field(new TaskForm.Field(key, component.path("type").asText(),
                    validate.path("required").asBoolean(false), component.path("readonly").asBoolean(false),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null, List.copyOf(allowed)),
                    component.path("label").asText(key),
                    validate.has("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null));
        }
        return new FormRules(form.path("id").asText("form"), List.copyOf(fields));
    }

    /** The fields as a page shows them, in the form's order. */
    List<TaskForm.Field> fields() {
        return fields.stream().map(Field::shape).toList();
    }

    /** Every broken rule, each naming its field and the rule; empty when the values pass. */
    List<FormProblem> problems(Map<String, Object> values) {
        List<FormProblem> problems = new ArrayList<>();
        for (Field field : fields) {
            TaskForm.Field shape = field.shape();
            Object value = values.get(shape.key());
            boolean blank = value == null || (value instanceof String text && text.isBlank());
            if (blank) {
                if (shape.required()) {
                    problems.add(new FormProblem(shape.key(), FormProblem.Rule.REQUIRED));
                }
                continue;
            }
            String text = value.toString();
            if (shape.maxLength() != null && text.length() > shape.maxLength()) {
                problems.add(new FormProblem(shape.key(), FormProblem.Rule.TOO_LONG));
            }
            if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                problems.add(new FormProblem(shape.key(), FormProblem.Rule.FORMAT));
            }
            if (!shape.values().isEmpty() && !shape.values().contains(text)) {
                problems.add(new FormProblem(shape.key(), FormProblem.Rule.NOT_ALLOWED));
            }
        }
        return problems;
    }

    /** Every broken rule in words for the API's callers, who write code against the form's patterns. */
    List<String> violations(Map<String, Object> values) {
        return problems(values).stream().map(problem -> describe(problem, values.get(problem.field()))).toList();
    }

    private String describe(FormProblem problem, Object value) {
        Field field = fields.stream().filter(candidate -> candidate.shape().key().equals(problem.field())).findFirst()
                .orElseThrow();
        TaskForm.Field shape = field.shape();
        return switch (problem.rule()) {
            case REQUIRED -> shape.key() + " (" + field.label() + ") is required";
            case TOO_LONG -> shape.key() + " is longer than " + shape.maxLength() + " characters";
            case FORMAT -> shape.key() + " does not match " + field.pattern().pattern();
            case NOT_ALLOWED -> shape.key() + " must be one of " + String.join(", ", shape.values()) + ", not '" + value + "'";
        };
    }

    String formId() {
        return formId;
    }
}
