package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses to complete a user task whose values break its Camunda Form's rules, however the task is
 * completed (Tasklist, REST API, another service). Tasks without a Camunda Form are left alone.
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
        List<String> violations = rules.violations(values);
        if (!violations.isEmpty()) {
            throw new FormInputException("The values do not meet the rules of form '" + rules.formId() + "': "
                    + String.join("; ", violations));
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
