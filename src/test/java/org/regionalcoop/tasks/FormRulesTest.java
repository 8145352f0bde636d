package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormRulesTest {

    /** Stands in for FEEL: the one condition these forms use, whether the decision is "yes". */
    private static final FormRules.Condition DECIDED_YES =
            (feel, values) -> feel.equals("decision = \"yes\"") && "yes".equals(values.get("decision"));

    private final FormRules rules = FormRules.of(read("""
            {"id": "sign", "components": [
              {"key": "title", "type": "textfield", "disabled": true, "validate": {"required": true}},
              {"key": "decision", "label": "Decision", "type": "radio", "validate": {"required": true},
               "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
              {"key": "reason", "label": "Reason", "type": "textarea", "validate": {"required": true},
               "conditional": {"hide": "=decision = \\"yes\\""}},
              {"key": "hash", "label": "Hash", "type": "textfield", "description": "four hex digits",
               "validate": {"pattern": "^[0-9a-f]{4}$"}},
              {"key": "note", "type": "textarea", "validate": {"maxLength": 5}},
              {"key": "cost", "label": "Cost (yuan)", "type": "textfield", "properties": {"amount": "yuan"}},
              {"key": "heldOn", "dateLabel": "Held on", "type": "datetime", "subtype": "date"},
              {"type": "text", "text": "no key, nothing to check"}
            ]}"""));

    @Test
    void acceptsValuesThatMeetEveryRule() {
        assertThat(rules.violations(Map.of("decision", "yes", "hash", "0af3", "note", "short"), DECIDED_YES)).isEmpty();
        assertThat(rules.violations(Map.of("decision", "no", "reason", "too dear"), DECIDED_YES))
                .as("optional fields may be left out").isEmpty();
    }

    @Test
    void namesEveryBrokenRuleWithoutShowingAPattern() {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", " ");
        values.put("hash", "XYZ");
        values.put("note", "far too long");

        assertThat(rules.violations(values, DECIDED_YES)).containsExactly(
                "decision (Decision) is required",
                "reason (Reason) is required",
                "hash (Hash) is not written as asked: four hex digits",
                "note (note) is longer than 5 characters");
        assertThat(rules.violations(Map.of("decision", "maybe", "reason", "?"), DECIDED_YES))
                .containsExactly("decision (Decision) must be one of yes, no, not 'maybe'");
    }

    @Test
    void aDateFieldTakesADayAsItsPickerSendsIt() {
        assertThat(rules.violations(Map.of("decision", "no", "reason", "r", "heldOn", "2027-02-28"), DECIDED_YES)).isEmpty();
        assertThat(rules.violations(Map.of("decision", "no", "reason", "r", "heldOn", "2027-02-30"), DECIDED_YES))
                .containsExactly("heldOn (Held on) is not a day written as 2027-01-31");
        assertThat(rules.violations(Map.of("decision", "no", "reason", "r", "heldOn", "28.02.2027"), DECIDED_YES))
                .containsExactly("heldOn (Held on) is not a day written as 2027-01-31");
    }

    @Test
    void aFieldTheFormHidesIsNotRequired() {
        assertThat(rules.violations(Map.of("decision", "no"), DECIDED_YES)).containsExactly("reason (Reason) is required");
        assertThat(rules.violations(Map.of("decision", "yes"), DECIDED_YES)).isEmpty();
    }

    @Test
    void amountsAreTakenAsPeopleWriteThemAndKeptAsExactDecimals() {
        for (String typed : new String[] {"1,250,000.00", "1250000", " 1250000.5 ", "１，２５０，０００．００"}) {
            Map<String, Object> values = Map.of("decision", "yes", "cost", typed);
            assertThat(rules.violations(values, DECIDED_YES)).as(typed).isEmpty();
            assertThat(rules.amounts(values)).as(typed).containsEntry("cost", typed.contains(".5 ") ? "1250000.50" : "1250000.00");
        }
        assertThat(rules.amounts(Map.of("cost", "1250000.00"))).as("already as kept: nothing to rewrite").isEmpty();
        for (String typed : new String[] {"1,25,000", "12.345", "-5", "one million", "1,250,000.00 yuan"}) {
            assertThat(rules.violations(Map.of("decision", "yes", "cost", typed), DECIDED_YES)).as(typed).containsExactly(
                    "cost (Cost (yuan)) must be an amount of yuan such as 1,250,000.00 or 1250000, not '" + typed + "'");
        }
    }

    @Test
    void aConfirmationIsTickedOrGivenByWhatItConfirms() {
        FormRules signature = FormRules.of(read("""
                {"id": "sign", "components": [
                  {"key": "confirmed", "label": "I sign", "type": "checkbox", "validate": {"required": true},
                   "properties": {"confirms": "signedHash"}},
                  {"key": "signedHash", "type": "expression", "expression": "=hash"}
                ]}"""));

        assertThat(signature.violations(Map.of("confirmed", true, "signedHash", "0af3"), DECIDED_YES)).isEmpty();
        assertThat(signature.violations(Map.of("signedHash", "0af3"), DECIDED_YES)).as("the API's way").isEmpty();
        assertThat(signature.violations(Map.of("confirmed", false), DECIDED_YES)).containsExactly("confirmed (I sign) is required");
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
