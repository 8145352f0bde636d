package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormRulesTest {

    private final FormRules rules = FormRules.of(read("""
            {"id": "sign", "components": [
              {"key": "decision", "label": "Decision", "type": "radio", "validate": {"required": true},
               "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
              {"key": "hash", "type": "textfield", "validate": {"pattern": "^[0-9a-f]{4}$"}},
              {"key": "note", "type": "textarea", "validate": {"maxLength": 5}},
              {"type": "text", "text": "no key, nothing to check"}
            ]}"""));

    @Test
    void acceptsValuesThatMeetEveryRule() {
        assertThat(rules.violations(Map.of("decision", "yes", "hash", "0af3", "note", "short"))).isEmpty();
        assertThat(rules.violations(Map.of("decision", "no"))).as("optional fields may be left out").isEmpty();
    }

    @Test
    void namesEveryBrokenRule() {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", " ");
        values.put("hash", "XYZ");
        values.put("note", "far too long");

        assertThat(rules.violations(values)).containsExactly(
                "decision (Decision) is required",
                "hash does not match ^[0-9a-f]{4}$",
                "note is longer than 5 characters");
        assertThat(rules.violations(Map.of("decision", "maybe"))).containsExactly("decision must be one of yes, no, not 'maybe'");
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
