package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What administrators see: stages, escalations, incidents, and retrying a failed step. */
@PlatformTest
class MonitoringApiTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }

    @Test
    void administratorsSeeAgreementsPerStageAndStaffDoNot() {
        Map<String, Number> before = admin().getForObject("/api/monitoring/agreements", Map.class);
        driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

        Map<String, Number> after = admin().getForObject("/api/monitoring/agreements", Map.class);

        assertThat(after.get("in-consensus").longValue()).isEqualTo(before.get("in-consensus").longValue() + 1);
        assertThat(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/monitoring/agreements", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aLateReviewShowsAsAnOpenEscalation() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        driver.reachConsensus(agreement);

        driver.fireTimer(agreement, "timer_review_sla");

        List<Map<String, Object>> open = admin().getForObject("/api/monitoring/escalations", List.class);
        assertThat(open).anySatisfy(entry -> {
            Map<String, Object> escalation = (Map<String, Object>) entry.get("escalation");
            assertThat(escalation).containsEntry("agreementId", agreement.id().toString())
                    .containsEntry("subject", "CN-CCA.reviewer");
            assertThat((String) entry.get("age")).startsWith("PT");
        });
    }

    @Test
    void aFailingStepIsAnIncidentThatCanBeRetried() {
        BpmnModelInstance failing = Bpmn.createExecutableProcess("monitoring_failing_step").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("service_flaky_step").camundaAsyncBefore()
                .camundaFailedJobRetryTimeCycle("R1/PT1H")
                .camundaExpression("${broken ? brokenStep.run() : 'done'}")
                .endEvent().done();
        repository.createDeployment().addModelInstance("monitoring_failing_step.bpmn", failing).deploy();
        String instance = runtime.startProcessInstanceByKey("monitoring_failing_step", "incident-test",
                Map.of("broken", true)).getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the step fails on purpose until the variable is repaired; one attempt (R1) leaves an incident
        }

        List<Map<String, Object>> incidents = admin().getForObject("/api/monitoring/incidents", List.class);
        Map<String, Object> incident = incidents.stream()
                .filter(i -> "monitoring_failing_step".equals(i.get("processDefinitionKey"))).findFirst().orElseThrow();
        assertThat(incident).containsEntry("failingStep", "service_flaky_step").containsEntry("agreementId", "incident-test");
        assertThat((String) incident.get("error")).contains("brokenStep");

        runtime.setVariable(instance, "broken", false);
        assertThat(admin().postForEntity("/api/monitoring/incidents/{id}/retry", null, Void.class, incident.get("id"))
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        management.executeJob(job.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtime.createIncidentQuery().incidentId((String) incident.get("id")).count()).isZero();
    }
}
