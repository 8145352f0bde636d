package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.regionalcoop.security.Caller;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of a task the caller may see, and the same rules its completion must meet, for pages that ask
 * before they complete: a refused value is named by field and rule rather than by the form's pattern.
 */
@Service
public class TaskForms {

    private final StaffTasks tasks;
    private final FormService forms;
    private final TaskService engineTasks;
    private final PlatformActions platform;
    private final ObjectMapper json;
    private final ProcessEngineConfigurationImpl engine;

    TaskForms(StaffTasks tasks, FormService forms, TaskService engineTasks, PlatformActions platform, ObjectMapper json,
              ProcessEngineConfigurationImpl engine) {
        this.tasks = tasks;
        this.forms = forms;
        this.engineTasks = engineTasks;
        this.platform = platform;
        this.json = json;
        this.engine = engine;
    }

    public TaskForm of(String taskId, Caller caller) {
        StaffTask task = tasks.get(taskId, caller);
        return platform.asPlatform(() -> {
            FormRules rules = rules(taskId);
            Map<String, Object> variables = forms.getTaskFormVariables(taskId);
            Map<String, Object> readOnly = new LinkedHashMap<>();
            rules.context().forEach(key -> readOnly.put(key, variables.get(key)));
            return new TaskForm(task.formKey(), rules.fields(), readOnly);
        });
    }

    /**
     * The simple values (text, numbers, dates, yes/no) the task's process holds, e.g. the project and
     * milestone a report is about; a page names the ones it knows.
     */
    public Map<String, Object> facts(String taskId, Caller caller) {
        tasks.get(taskId, caller);
        return platform.asPlatform(() -> {
            VariableMap variables = engineTasks.getVariablesTyped(taskId);
            Map<String, Object> facts = new LinkedHashMap<>();
            variables.keySet().forEach(name -> {
                if (simple(variables.getValueTyped(name))) {
                    facts.put(name, variables.get(name));
                }
            });
            return facts;
        });
    }

    private static boolean simple(TypedValue value) {
        return value != null && value.getType() != null && value.getType().isPrimitiveValueType();
    }

    /** The rules the completion will apply to these values; empty when they pass. */
    public List<FormProblem> check(String taskId, Map<String, Object> values, Caller caller) {
        tasks.get(taskId, caller);
        FormRules rules = platform.asPlatform(() -> rules(taskId));
        // The form's conditions are FEEL, which the engine evaluates inside one of its commands.
        return engine.getCommandExecutorTxRequired().execute(command -> rules.problems(values, FormInputValidation::holds));
    }

    private FormRules rules(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            JsonNode definition = json.readTree(form);
            return FormRules.of(definition);
        } catch (IOException e) {
            throw new UncheckedIOException("The form of task " + taskId + " is not readable", e);
        }
    }
}
