package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.regionalcoop.kernel.DisplayZone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaches the platform's listeners to every user task of every deployed process, ahead of the model's own.
 * They are built in rather than modelled, so no process can forget them and an administrator's "skip custom
 * listeners" does not silence them. In this order: {@link TaskPresentation} names a new task and gives it the
 * variables the Tasklist's filters list, {@link FormInputValidation} checks the values it is completed with, and
 * {@link TaskLifecycleAnnouncer} announces its lifecycle on {@code coop.tasks.v1}, under the name staff see and only
 * once the values passed. Every user task's form is served its context by {@link TaskContextForm}.
 */
@Component
class UserTaskListeners extends AbstractProcessEnginePlugin {

    private static final List<String> ANNOUNCED = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<TaskContextVariables> contexts;
    private final TaskListener presentation;
    private final TaskListener validation;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    UserTaskListeners(ObjectMapper json, ObjectProvider<TaskContextVariables> contexts, ApplicationEventPublisher publisher,
                      Clock clock, DisplayZone zone) {
        this.contexts = contexts;
        this.presentation = new TaskPresentation(contexts, zone);
        this.validation = new FormInputValidation(json);
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, presentation);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, presentation);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validation);
                task.setTaskFormHandler(new TaskContextForm(task.getTaskFormHandler(), contexts));
                TaskLifecycleAnnouncer announcer = new TaskLifecycleAnnouncer(
                        ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(), publisher, clock);
                ANNOUNCED.forEach(event -> task.addBuiltInTaskListener(event, announcer));
            }
        });
    }
}
