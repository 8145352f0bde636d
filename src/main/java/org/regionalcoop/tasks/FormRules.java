package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The input rules of one Camunda Form (required, maximum length, pattern, allowed values, amounts), applied
 * to the values a task is completed with, so the server insists on what the form asks for. A field the form
 * hides ({@code conditional.hide}, a FEEL expression over the values) is not required, as in the form; a
 * disabled field only shows context and is never submitted; a required checkbox must be ticked. Custom
 * properties: {@code amount} makes a field take an amount of yuan as people type it ({@link AmountInput});
 * {@code confirms} names the value a confirmation checkbox stands for, which a caller of the API may give
 * instead of ticking it (a signature's content hash). The messages name the field and never show a pattern.
 */
final class FormRules {

    /** Whether a FEEL expression of the form holds for the values. */
    @FunctionalInterface
    interface Condition {
        boolean holds(String feel, Map<String, Object> values);
    }

    private final String formId;
    private final List<Field> fields;

    private record Field(String key, String label, String description, String hiddenWhen, String confirms,
                         boolean required, Integer maxLength, Pattern pattern, boolean amount, List<String> allowedValues) {

        String name() {
            return key + " (" + label + ")";
        }
    }

    private FormRules(String formId, List<Field> fields) {
        this.formId = formId;
        this.fields = fields;
    }

    static FormRules of(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            String key = component.path("key").asText(null);
            if (key == null || component.path("disabled").asBoolean(false)) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> allowed = new ArrayList<>();
            component.path("values").forEach(value -> allowed.add(value.path("value").asText()));
            String hide = component.path("conditional").path("hide").asText(null);
            fields.add(new Field(key, component.path("label").asText(key), component.path("description").asText(null),
                    hide == null ? null : hide.replaceFirst("^=", ""),
                    component.path("properties").path("confirms").asText(null),
                    validate.path("required").asBoolean(false),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                    component.path("properties").has("amount"),
                    allowed));
        }
        return new FormRules(form.path("id").asText("form"), List.copyOf(fields));
    }

    /** Every broken rule, each naming its field; empty when the values pass. */
    List<String> violations(Map<String, Object> values, Condition condition) {
        List<String> violations = new ArrayList<>();
        for (Field field : fields) {
            Object value = values.get(field.key());
            boolean blank = value == null || Boolean.FALSE.equals(value) || (value instanceof String text && text.isBlank());
            if (blank) {
                if (field.required() && !hidden(field, values, condition) && !confirmedOtherwise(field, values)) {
                    violations.add(field.name() + " is required");
                }
                continue;
            }
            String text = value.toString();
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                violations.add(field.name() + " is longer than " + field.maxLength() + " characters");
            }
            if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                violations.add(field.name() + " is not written as asked"
                        + (field.description() == null ? "" : ": " + field.description()));
            }
            if (field.amount() && AmountInput.parse(text).isEmpty()) {
                violations.add(field.name() + " must be an amount of yuan such as 1,250,000.00 or 1250000, not '" + text + "'");
            }
            if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(text)) {
                violations.add(field.name() + " must be one of " + String.join(", ", field.allowedValues())
                        + ", not '" + text + "'");
            }
        }
        return violations;
    }

    private static boolean hidden(Field field, Map<String, Object> values, Condition condition) {
        return field.hiddenWhen() != null && condition.holds(field.hiddenWhen(), values);
    }

    /** A confirmation ticked in the form, or given by stating what it confirms (the API's way). */
    private static boolean confirmedOtherwise(Field field, Map<String, Object> values) {
        return field.confirms() != null && values.get(field.confirms()) instanceof String confirmed && !confirmed.isBlank();
    }

    /** The amounts among the values not yet written as the platform keeps them, e.g. {@code 1250000.00} for {@code 1,250,000}. */
    Map<String, Object> amounts(Map<String, Object> values) {
        Map<String, Object> amounts = new LinkedHashMap<>();
        for (Field field : fields) {
            Optional<BigDecimal> amount = field.amount() && values.get(field.key()) instanceof String text
                    ? AmountInput.parse(text) : Optional.empty();
            amount.map(BigDecimal::toPlainString).filter(kept -> !kept.equals(values.get(field.key())))
                    .ifPresent(kept -> amounts.put(field.key(), kept));
        }
        return amounts;
    }

    String formId() {
        return formId;
    }
}
