package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses to complete a user task whose values break its Camunda Form's rules, however the task is
 * completed (Tasklist, REST API, another service), and keeps the amounts typed in it as exact decimals for
 * the steps that follow. Tasks without a Camunda Form are left alone. The form's own conditions are FEEL
 * expressions; the engine's FEEL engine (the one its decision tables use) evaluates them here as the form
 * does in the browser.
 */
class FormInputValidation implements TaskListener {

    private final ObjectMapper json;

    FormInputValidation(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                && entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return;
        }
        FormRules rules = FormRules.of(deployedForm(task));
        Map<String, Object> values = new HashMap<>(task.getVariables());
        List<String> violations = rules.violations(values, FormInputValidation::holds);
        if (!violations.isEmpty()) {
            throw new FormInputException("The values do not meet the rules of form '" + rules.formId() + "': "
                    + String.join("; ", violations));
        }
        rules.amounts(values).forEach(task::setVariable);
    }

    /** A condition the values cannot answer (a field it names was not given) hides nothing. */
    static boolean holds(String feel, Map<String, Object> values) {
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration()
                .getDmnEngineConfiguration();
        try {
            return Boolean.TRUE.equals(dmn.getFeelEngine().evaluateSimpleExpression(feel,
                    Variables.fromMap(values).asVariableContext()));
        } catch (FeelException unanswerable) {
            return false;
        }
    }

    private JsonNode deployedForm(DelegateTask task) {
        // The caller may complete the task without being allowed to read its deployment; the platform reads it.
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
                return json.readTree(form);
            } catch (IOException e) {
                throw new UncheckedIOException("The form of task " + task.getId() + " is not readable", e);
            }
        });
    }
}
