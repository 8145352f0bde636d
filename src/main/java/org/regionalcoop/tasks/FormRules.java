package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * instead of ticking it (a signature's content hash). A date field ({@code datetime} of subtype {@code date}, which
 * the Tasklist shows as a date picker) takes an ISO day ({@code 2027-01-01}), as the picker sends it. The messages
 * name the field and never show a pattern.
 */
final class FormRules {

    /** Whether a FEEL expression of the form holds for the values. */
    @FunctionalInterface
    interface Condition {
        boolean holds(String feel, Map<String, Object> values);
    }

    private final String formId;
    private final List<Field> fields;
    /** The keys of the disabled fields, which only show the context the process fills in. */
    private final List<String> context;

    private record Field(String key, String type, String label, String description, String hiddenWhen, String confirms,
                         boolean required, Integer maxLength, Pattern pattern, boolean amount, boolean day,
                         List<String> allowedValues) {

        String name() {
            return key + " (" + label + ")";
        }
    }

    private FormRules(String formId, List<Field> fields, List<String> context) {
        this.formId = formId;
        this.fields = fields;
        this.context = context;
    }

    static FormRules of(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        List<String> context = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            if (component.path("disabled").asBoolean(false)) {
                context.add(key);
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> allowed = new ArrayList<>();
            component.path("values").forEach(value -> allowed.add(value.path("value").asText()));
            String hide = component.path("conditional").path("hide").asText(null);
            boolean day = "date".equals(component.path("subtype").asText(null));
            fields.add(new Field(key, component.path("type").asText(),
                    component.path(day ? "dateLabel" : "label").asText(key), component.path("description").asText(null),
                    hide == null ? null : hide.replaceFirst("^=", ""),
                    component.path("properties").path("confirms").asText(null),
                    validate.path("required").asBoolean(false),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                    component.path("properties").has("amount"), day,
                    allowed));
        }
        return new FormRules(form.path("id").asText("form"), List.copyOf(fields), List.copyOf(context));
    }

    /** The fields a page asks for, in the form's order. */
    List<TaskForm.Field> fields() {
        return fields.stream().map(field -> new TaskForm.Field(field.key(), field.type(), field.required(),
                field.confirms() != null, field.maxLength(), field.amount(), field.allowedValues())).toList();
    }

    /** The keys of the fields that only show what the process knows, e.g. a grant's requested amount. */
    List<String> context() {
        return context;
    }

    /** Every broken rule, each naming its field and the rule; empty when the values pass. */
    List<FormProblem> problems(Map<String, Object> values, Condition condition) {
        List<FormProblem> problems = new ArrayList<>();
        for (Field field : fields) {
            Object value = values.get(field.key());
            boolean blank = value == null || Boolean.FALSE.equals(value) || (value instanceof String text && text.isBlank());
            if (blank) {
                if (field.required() && !hidden(field, values, condition) && !confirmedOtherwise(field, values)) {
                    problems.add(new FormProblem(field.key(), FormProblem.Rule.REQUIRED));
                }
                continue;
            }
            String text = value.toString();
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                problems.add(new FormProblem(field.key(), FormProblem.Rule.TOO_LONG));
            }
            if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                problems.add(new FormProblem(field.key(), FormProblem.Rule.FORMAT));
            }
            if (field.day() && !isoDay(text)) {
                problems.add(new FormProblem(field.key(), FormProblem.Rule.FORMAT));
            }
            if (field.amount() && AmountInput.parse(text).isEmpty()) {
                problems.add(new FormProblem(field.key(), FormProblem.Rule.AMOUNT));
            }
            if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(text)) {
                problems.add(new FormProblem(field.key(), FormProblem.Rule.NOT_ALLOWED));
            }
        }
        return problems;
    }

    private static boolean isoDay(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }

    /** Every broken rule in words, each naming its field; empty when the values pass. */
    List<String> violations(Map<String, Object> values, Condition condition) {
        return problems(values, condition).stream().map(problem -> describe(problem, values.get(problem.field()))).toList();
    }

    private String describe(FormProblem problem, Object value) {
        Field field = fields.stream().filter(candidate -> candidate.key().equals(problem.field())).findFirst().orElseThrow();
        return switch (problem.rule()) {
            case REQUIRED -> field.name() + " is required";
            case TOO_LONG -> field.name() + " is longer than " + field.maxLength() + " characters";
            case FORMAT -> field.day() ? field.name() + " is not a day written as 2027-01-31"
                    : field.name() + " is not written as asked" + (field.description() == null ? "" : ": " + field.description());
            case AMOUNT -> field.name() + " must be an amount of yuan such as 1,250,000.00 or 1250000, not '" + value + "'";
            case NOT_ALLOWED -> field.name() + " must be one of " + String.join(", ", field.allowedValues()) + ", not '" + value + "'";
        };
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
