package org.regionalcoop.tasks;

import java.util.List;
import java.util.Map;

/**
 * The Camunda Form a task is completed with, as a page shows it: its fields in order and the values of the
 * disabled ones, which the process fills with what the decision is about (e.g. a grant's requested amount).
 *
 * @param formKey  the form's id, e.g. {@code cast-vote}
 * @param readOnly the values of the disabled fields, by key
 */
public record TaskForm(String formKey, List<Field> fields, Map<String, Object> readOnly) {

    /**
     * @param type         the form component: {@code radio}, {@code textfield}, {@code textarea}, {@code checkbox}, ...
     * @param confirmation a checkbox that stands for a value given otherwise (a signature's content hash)
     * @param maxLength    the longest value accepted; null for any length
     * @param amount       takes an amount of yuan
     * @param values       the values a choice accepts; empty for free input
     */
    public record Field(String key, String type, boolean required, boolean confirmation, Integer maxLength,
                        boolean amount, List<String> values) {
    }

    /** The fields a member of staff fills in: not the computed ones, nor a confirmation a page gives its own way. */
    public List<Field> inputs() {
        return fields.stream().filter(field -> !field.confirmation() && !"expression".equals(field.type())).toList();
    }
}
