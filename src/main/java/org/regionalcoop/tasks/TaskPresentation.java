package org.regionalcoop.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.ProcessVariable;
import org.springframework.beans.factory.ObjectProvider;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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

    /** The engine keeps a task's variables in a field no method of its entity hands out. */
    private static final VarHandle VARIABLES = variablesOfTasks();

    private final ObjectProvider<TaskContextVariables> contexts;
    private final DisplayZone zone;

    TaskPresentation(ObjectProvider<TaskContextVariables> contexts, DisplayZone zone) {
        this.contexts = contexts;
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            noneStoredYet(task);
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

    /**
     * A task being created has no variables stored: the engine inserts it when the command ends. It selects them
     * all the same the first time anything reads or sets one of the task's own (one statement for every task
     * created, finding nothing); a new execution it knows to be empty, a new task not. So the new task's variables
     * are known to be none, unless something has already loaded them.
     */
    @SuppressWarnings("unchecked")
    private static void noneStoredYet(DelegateTask task) {
        if (task instanceof TaskEntity entity && Context.getCommandContext() != null
                && Context.getCommandContext().getDbEntityManager().getDbEntityCache().isTransient(entity)) {
            VariableStore<VariableInstanceEntity> variables = (VariableStore<VariableInstanceEntity>) VARIABLES.get(entity);
            if (!variables.isInitialized()) {
                variables.setVariablesProvider(VariableCollectionProvider.emptyVariables());
                variables.forceInitialization();
                variables.setVariablesProvider(entity);
            }
        }
    }

    private static VarHandle variablesOfTasks() {
        try {
            return MethodHandles.privateLookupIn(TaskEntity.class, MethodHandles.lookup())
                    .findVarHandle(TaskEntity.class, "variableStore", VariableStore.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This engine keeps a task's variables elsewhere than TaskEntity.variableStore", e);
        }
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
