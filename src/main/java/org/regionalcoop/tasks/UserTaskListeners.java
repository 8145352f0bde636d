package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Attaches the platform's listeners to every user task of every deployed process, ahead of the model's own,
 * so no process can forget them: {@link TaskPresentation} names the task and gives it its context when it is
 * created, {@link FormInputValidation} checks the values it is completed with.
 */
@Component
class UserTaskListeners extends AbstractProcessEnginePlugin {

    private final TaskListener presentation;
    private final TaskListener validation;

    UserTaskListeners(ObjectMapper json, ObjectProvider<TaskContextVariables> contexts) {
        this.presentation = new TaskPresentation(contexts);
        this.validation = new FormInputValidation(json);
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
            }
        });
    }
}
