package org.regionalcoop.coverage;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the process instances the tests start, per process definition key, and the sequence flows each
 * instance takes. The history knows which activities ran, but keeps no record of taken sequence flows, and
 * the database may hold instances of earlier runs when a data directory is kept; hence this engine plugin.
 */
public class ProcessCoverageRecorder extends AbstractProcessEnginePlugin {

    private final Map<String, Set<String>> startedInstances = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> flowsTakenByInstance = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                String key = process.getKey();
                process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                        record(startedInstances, key, execution.getProcessInstanceId()));
            }

            @Override
            public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl flow) {
                flow.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution ->
                        record(flowsTakenByInstance, execution.getProcessInstanceId(), flow.getId()));
            }
        });
    }

    Set<String> instancesOf(String processKey) {
        return startedInstances.getOrDefault(processKey, Set.of());
    }

    Set<String> flowsTakenBy(String processInstanceId) {
        return flowsTakenByInstance.getOrDefault(processInstanceId, Set.of());
    }

    private static void record(Map<String, Set<String>> records, String key, String id) {
        records.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
    }
}
