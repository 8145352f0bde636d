package org.regionalcoop.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.ProcessVariable;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a new task what the Tasklist lists of it: its name with the agreement's title ({@link TaskSteps}), and
 * the title (or project's name) and due date as the task's own variables, which the Tasklist's filters list as
 * columns. They are set once; only the due date follows a change of the task's due date. The rest of what its
 * form shows is read when the form asks ({@link TaskContextForm}).
 */
class TaskPresentation implements TaskListener {

    static final ProcessVariable<String> DUE_DATE = ProcessVariable.stringVariable("dueDate");

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The characters the engine keeps of a task's name ({@code NAME_ varchar(255)} of its task tables). */
    static final int NAME_LENGTH = 255;

    private final ObjectProvider<TaskContextVariables> contexts;
    private final DisplayZone zone;

    TaskPresentation(ObjectProvider<TaskContextVariables> contexts, DisplayZone zone) {
        this.contexts = contexts;
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            TaskSteps.of(task.getTaskDefinitionKey()).ifPresent(step -> present(step, task));
        }
        String due = task.getDueDate() == null ? null : due(task.getDueDate().toInstant());
        if (!Objects.equals(due, DUE_DATE.from(task).getLocalOptional().orElse(null))) {
            DUE_DATE.on(task).setLocal(due);
        }
    }

    /** On the Tasklist's readers' clock, its offset said in either language: 2030-03-01 16:30 (UTC+8). */
    private String due(Instant due) {
        return DUE.format(due.atZone(zone.displayZone())) + " (UTC" + zone.offsetAt(due) + ")";
    }

    private void present(TaskSteps.Step step, DelegateTask task) {
        Map<String, Object> naming = contexts.getObject().naming(step.context(), task);
        if (naming.isEmpty()) {
            return;
        }
        task.setVariablesLocal(naming);
        task.setName(fitted((String) Context.getProcessEngineConfiguration().getExpressionManager()
                .createExpression(step.name()).getValue(task)));
    }

    /**
     * The name cut to what the engine keeps, ending in "…": two languages and a title of 200 characters, or a
     * project's and a milestone's names, can be longer, and the step's words come first.
     */
    static String fitted(String name) {
        if (name.codePointCount(0, name.length()) <= NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }
}
