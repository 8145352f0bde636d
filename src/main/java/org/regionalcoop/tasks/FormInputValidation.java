package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses to complete a user task whose values break its Camunda Form's rules, however the task is
 * completed (Tasklist, REST API, another service), and keeps the amounts typed in it as exact decimals for
 * the steps that follow. Tasks without a Camunda Form are left alone. The form's own conditions are FEEL
 * expressions; the engine's FEEL engine (the one its decision tables use) evaluates them here as the form
 * does in the browser.
 */
class FormInputValidation implements TaskListener {

    /** Far above the forms of every deployment a platform keeps; past it a form is read at each completion as before. */
    private static final int KEPT = 1_000;

    private final ObjectMapper json;
    /** The rules of the forms bound to a deployment, by deployment and form key. */
    private final Map<String, FormRules> deployed = new ConcurrentHashMap<>();

    FormInputValidation(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                && entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return;
        }
        FormRules rules = rulesOf(task);
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

    /**
     * A form bound to its process's deployment ({@code camunda:formRefBinding="deployment"}, every model's) is the same
     * for every task of that deployment, so its rules are read once: reading it (the form's definition and its
     * resource) and parsing it at every completion were two statements per completed task.
     */
    private FormRules rulesOf(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null
                || !DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(entity.getTaskDefinition().getCamundaFormDefinitionBinding())
                || entity.getExecution() == null || entity.getExecution().getProcessDefinition() == null) {
            return FormRules.of(deployedForm(task));
        }
        String formKey = entity.getTaskDefinition().getCamundaFormDefinitionKey().getExpressionText();
        if (formKey.contains("{")) {
            return FormRules.of(deployedForm(task));
        }
        String deployedAs = entity.getExecution().getProcessDefinition().getDeploymentId() + "/" + formKey;
        FormRules rules = deployed.get(deployedAs);
        if (rules == null) {
            rules = FormRules.of(deployedForm(task));
            if (deployed.size() < KEPT) {
                deployed.put(deployedAs, rules);
            }
        }
        return rules;
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
