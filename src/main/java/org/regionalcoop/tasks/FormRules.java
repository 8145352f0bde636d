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

    private record Field(String key, String label, boolean required, Integer maxLength, Pattern pattern,
                         List<String> allowedValues) {
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
            fields.add(new Field(key, component.path("label").asText(key),
                    validate.path("required").asBoolean(false),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                    allowed));
        }
        return new FormRules(form.path("id").asText("form"), List.copyOf(fields));
    }

    /** Every broken rule, each naming its field; empty when the values pass. */
    List<String> violations(Map<String, Object> values) {
        List<String> violations = new ArrayList<>();
        for (Field field : fields) {
            Object value = values.get(field.key());
            boolean blank = value == null || (value instanceof String text && text.isBlank());
            if (blank) {
                if (field.required()) {
                    violations.add(field.key() + " (" + field.label() + ") is required");
                }
                continue;
            }
            String text = value.toString();
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                violations.add(field.key() + " is longer than " + field.maxLength() + " characters");
            }
            if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                violations.add(field.key() + " does not match " + field.pattern().pattern());
            }
            if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(text)) {
                violations.add(field.key() + " must be one of " + String.join(", ", field.allowedValues())
                        + ", not '" + text + "'");
            }
        }
        return violations;
    }

    String formId() {
        return formId;
    }
}
