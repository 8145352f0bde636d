package org.regionalcoop.tasks;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Serves a task's form its context ({@link TaskContextVariables#of}) from the modules' tables when the form asks
 * for its variables, instead of task-local variables the engine would write when the task is created and delete
 * when it ends. The context becomes the form's fields: the engine's {@code FormService.getTaskFormVariables}, which
 * the Tasklist reads a Camunda Form's values through ({@code GET /engine-rest/task/{id}/form-variables}), puts them
 * ahead of the task's and its process's variables, under the engine's own check that the caller may read the task's
 * variables. Everything else (the form's key or reference, and what a submitted form writes) is the model's.
 * The context is in the reader's language, the request's {@code Accept-Language} as the Tasklist's own texts follow
 * the browser's; a form read outside a request (the platform's own steps, tests) is in English.
 */
class TaskContextForm implements TaskFormHandler {

    private static final StringFormType TEXT = new StringFormType();

    private final TaskFormHandler model;
    private final ObjectProvider<TaskContextVariables> contexts;

    TaskContextForm(TaskFormHandler model, ObjectProvider<TaskContextVariables> contexts) {
        this.model = model;
        this.contexts = contexts;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        TaskFormData form = model.createTaskForm(task);
        if (form instanceof FormDataImpl data) {
            TaskSteps.of(task.getTaskDefinitionKey()).ifPresent(step -> {
                List<FormField> fields = new ArrayList<>(data.getFormFields() == null ? List.of() : data.getFormFields());
                contexts.getObject().of(step.context(), task, reader()).forEach((name, value) -> fields.add(field(name, value)));
                data.setFormFields(fields);
            });
        }
        return form;
    }

    private static Locale reader() {
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        return request == null || request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
    }

    private static FormField field(String name, Object value) {
        FormFieldImpl field = new FormFieldImpl();
        field.setId(name);
        field.setLabel(name);
        field.setType(TEXT);
        field.setValue(value instanceof TypedValue typed ? typed : Variables.stringValue((String) value));
        return field;
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition,
                                   BpmnParse bpmnParse) {
        model.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
        model.submitFormVariables(properties, variableScope);
    }
}
