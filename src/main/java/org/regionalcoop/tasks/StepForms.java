package org.regionalcoop.tasks;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Camunda Form each step of a deployed process names ({@code camunda:formRef}), read once per process definition:
 * a deployed definition never changes, and the engine would read the definition's row again for every page it lists.
 * The key is the one the engine's {@code initializeFormKeys()} gives: none when the step names a form by the older
 * {@code camunda:formKey} or names no form.
 */
@Component
class StepForms {

    /** What a step names: a key, or an expression of the task's variables that the engine evaluates for each task. */
    record StepForm(String key, boolean perTask) {

        static final StepForm NONE = new StepForm(null, false);
    }

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, Map<String, StepForm>> byDefinition = new ConcurrentHashMap<>();

    StepForms(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /** The form of the step {@code taskDefinitionKey} of the process definition; none for a task without a process. */
    StepForm of(String processDefinitionId, String taskDefinitionKey) {
        if (processDefinitionId == null || taskDefinitionKey == null) {
            return StepForm.NONE;
        }
        return byDefinition.computeIfAbsent(processDefinitionId, this::read).getOrDefault(taskDefinitionKey, StepForm.NONE);
    }

    private Map<String, StepForm> read(String processDefinitionId) {
        Map<String, TaskDefinition> steps = engine.getCommandExecutorTxRequired().execute(command ->
                command.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(processDefinitionId).getTaskDefinitions());
        Map<String, StepForm> forms = new HashMap<>();
        steps.forEach((key, step) -> forms.put(key, form(step)));
        return Map.copyOf(forms);
    }

    private static StepForm form(TaskDefinition step) {
        Expression key = step.getCamundaFormDefinitionKey();
        if (step.getFormKey() != null || key == null || step.getCamundaFormDefinitionBinding() == null) {
            return StepForm.NONE;
        }
        return key.isLiteralText() ? new StepForm(key.getExpressionText(), false) : new StepForm(null, true);
    }
}
