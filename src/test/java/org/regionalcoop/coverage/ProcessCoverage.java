package org.regionalcoop.coverage;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How much of one process model the tests ran: its flow nodes and sequence flows, by element id. */
record ProcessCoverage(String processKey, Set<String> elements, Set<String> covered) {

    static ProcessCoverage of(String processKey, BpmnModelInstance model, Set<String> ranElementIds) {
        Process process = model.getModelElementById(processKey);
        Set<String> elements = flowElements(process.getFlowElements())
                .filter(element -> element instanceof FlowNode || element instanceof SequenceFlow)
                .map(BaseElement::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = elements.stream().filter(ranElementIds::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        return new ProcessCoverage(processKey, elements, covered);
    }

    /** The same process as another JVM measured it: what either ran. */
    ProcessCoverage and(ProcessCoverage other) {
        if (!processKey.equals(other.processKey) || !elements.equals(other.elements)) {
            throw new IllegalArgumentException("Two measurements of different models of " + processKey);
        }
        Set<String> both = new TreeSet<>(covered);
        both.addAll(other.covered);
        return new ProcessCoverage(processKey, elements, both);
    }

    double ratio() {
        return elements.isEmpty() ? 1 : (double) covered.size() / elements.size();
    }

    Set<String> missed() {
        return elements.stream().filter(id -> !covered.contains(id)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
        return String.format("%s: %.1f %% (%d of %d flow nodes and sequence flows)%s", processKey, ratio() * 100,
                covered.size(), elements.size(), missed().isEmpty() ? "" : "; not run: " + String.join(", ", missed()));
    }

    // Sub-processes nest their own flow elements, which the process's list does not include.
    private static Stream<FlowElement> flowElements(Collection<FlowElement> elements) {
        return elements.stream().flatMap(element -> element instanceof SubProcess subProcess
                ? Stream.concat(Stream.of(element), flowElements(subProcess.getFlowElements()))
                : Stream.of(element));
    }
}
