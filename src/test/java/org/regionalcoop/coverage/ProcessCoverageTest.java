package org.regionalcoop.coverage;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessCoverageTest {

    // start -> review -> xor -(approve)-> sub-process(start -> archive -> end) -> approved
    //                         -(reject)-> rejected
    private final BpmnModelInstance model = Bpmn.createExecutableProcess("review")
            .startEvent("start").sequenceFlowId("flow_to_review")
            .userTask("user_review").sequenceFlowId("flow_to_xor")
            .exclusiveGateway("xor_approved")
            .sequenceFlowId("flow_approve").condition("approve", "${approved}")
            .subProcess("sub_archive").embeddedSubProcess()
                .startEvent("sub_start").sequenceFlowId("flow_to_archive")
                .serviceTask("service_archive").camundaExpression("${true}").sequenceFlowId("flow_to_sub_end")
                .endEvent("sub_end").subProcessDone()
            .sequenceFlowId("flow_to_approved").endEvent("end_approved")
            .moveToNode("xor_approved")
            .sequenceFlowId("flow_reject").condition("reject", "${!approved}").endEvent("end_rejected")
            .done();

    @Test
    void countsFlowNodesAndSequenceFlowsInsideSubProcesses() {
        ProcessCoverage coverage = ProcessCoverage.of("review", model, Set.of());

        assertThat(coverage.elements()).hasSize(16).contains("sub_archive", "flow_to_archive", "service_archive");
        assertThat(coverage.ratio()).isZero();
    }

    @Test
    void anUntakenPathIsReportedAsMissed() {
        Set<String> rejectionPath = Set.of("start", "flow_to_review", "user_review", "flow_to_xor", "xor_approved",
                "flow_reject", "end_rejected", "user_review#multiInstanceBody");

        ProcessCoverage coverage = ProcessCoverage.of("review", model, rejectionPath);

        assertThat(coverage.ratio()).isEqualTo(7.0 / 16);
        assertThat(coverage.missed()).containsExactly("end_approved", "flow_approve", "flow_to_approved",
                "flow_to_archive", "flow_to_sub_end", "service_archive", "sub_archive", "sub_end", "sub_start");
    }

    @Test
    void whatEitherTestJvmRanCounts() {
        ProcessCoverage rejected = ProcessCoverage.of("review", model, Set.of("start", "flow_to_review", "user_review",
                "flow_to_xor", "xor_approved", "flow_reject", "end_rejected"));
        ProcessCoverage approved = ProcessCoverage.of("review", model, Set.of("start", "flow_to_review", "user_review",
                "flow_to_xor", "xor_approved", "flow_approve", "sub_archive", "sub_start", "flow_to_archive",
                "service_archive", "flow_to_sub_end", "sub_end", "flow_to_approved", "end_approved"));

        ProcessCoverage both = rejected.and(approved);

        assertThat(both.ratio()).isEqualTo(1.0);
        assertThat(both.missed()).isEmpty();
        assertThat(rejected.and(rejected).covered()).isEqualTo(rejected.covered());
    }

    @Test
    void measurementsOfDifferentModelsAreNotMerged() {
        ProcessCoverage other = ProcessCoverage.of("other", Bpmn.createExecutableProcess("other").startEvent("start")
                .endEvent("end").done(), Set.of("start"));

        assertThatThrownBy(() -> ProcessCoverage.of("review", model, Set.of()).and(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review");
    }
}
