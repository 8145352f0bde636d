package org.regionalcoop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service step of the real processes that fails for one agreement while a test says so, as a step whose database
 * or downstream system is out would: what the person or system before it did must stand, and the failure must show
 * as an incident. Every service task of every deployed process can be made to fail; none fails unless a test arms it.
 */
@Component
public class StepFailures extends AbstractProcessEnginePlugin {

    /** Armed steps: activity id to the agreement whose instances fail there. */
    private final Map<String, String> armed = new ConcurrentHashMap<>();

    /** The step fails for this agreement's instances until {@link #repair}. */
    public void failAt(String activityId, AgreementId agreement) {
        armed.put(activityId, agreement.toString());
    }

    /** What the step needed is back: its next attempt succeeds. */
    public void repair(String activityId) {
        armed.remove(activityId);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        ExecutionListener failure = this::failIfArmed;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element serviceTask, ScopeImpl scope, ActivityImpl activity) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, failure);
            }
        });
    }

    private void failIfArmed(DelegateExecution execution) {
        String agreement = armed.get(execution.getCurrentActivityId());
        String businessKey = execution.getProcessBusinessKey();
        if (agreement != null && businessKey != null && businessKey.startsWith(agreement)) {
            throw new IllegalStateException("Step " + execution.getCurrentActivityId() + " is out of service for "
                    + agreement + " (StepFailures)");
        }
    }
}
