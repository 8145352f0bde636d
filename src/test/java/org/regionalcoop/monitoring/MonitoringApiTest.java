package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaAdmin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    DeadLetterArchive archive;

    @Autowired
    Failures failures;

    @Autowired
    MeterRegistry meters;

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }

    @Test
    void administratorsSeeAgreementsPerStageAndStaffDoNot() {
        Map<String, Number> before = admin().getForObject("/api/monitoring/agreements", Map.class);
        driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

        Map<String, Number> after = admin().getForObject("/api/monitoring/agreements", Map.class);

        assertThat(after.get("in-consensus").longValue()).isEqualTo(before.get("in-consensus").longValue() + 1);
        Map<String, Object> outbox = admin().getForObject("/api/monitoring/outbox", Map.class);
        assertThat(outbox).containsKeys("pending", "oldestAge");
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
    void deadLettersAreCountedByReasonAndCanBeReplayed() throws Exception {
        byte[] poison = ("not a CloudEvent " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> participant = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaAdmin.getConfigurationProperties().get("bootstrap.servers")),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            participant.send(new ProducerRecord<>("coop.participant-replies.v1", poison)).get(30, TimeUnit.SECONDS);
        }
        long first = awaitDeadLetters(poison, 1).get(0);

        Map<String, Object> report = admin().getForObject("/api/monitoring/dead-letters", Map.class);
        assertThat(((Map<String, Number>) report.get("byReason")).get("unreadable").longValue()).isPositive();
        assertThat(admin().postForEntity("/api/monitoring/dead-letters/{id}/replay", null, Void.class, first)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        List<Long> letters = awaitDeadLetters(poison, 2);
        assertThat(letters).as("the replayed bytes came back and were dead-lettered again").hasSize(2);
        assertThat(archive.find(first)).get().extracting(DeadLetter::replayedAt).isNotNull();
        // The dead letters' and the replay's producers are metered like the relay's (ServedMetersTest).
        await().atMost(PlatformTest.PATIENCE).until(() -> sentBy("-dead-letters") >= 2 && sentBy("-replay") >= 1);
        assertThat(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForEntity("/api/monitoring/dead-letters/{id}/replay", null, String.class, first).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** The records sent by the platform's producers whose client id ends so. */
    private double sentBy(String clientIdSuffix) {
        return meters.find("kafka.producer.record.send.total").functionCounters().stream()
                .filter(counter -> String.valueOf(counter.getId().getTag("client.id")).replaceFirst("-\\d+$", "").endsWith(clientIdSuffix))
                .mapToDouble(FunctionCounter::count).sum();
    }

    /** Waits (bounded) until this many dead letters hold these bytes; returns their ids in order. */
    private List<Long> awaitDeadLetters(byte[] value, int count) throws InterruptedException {
        List<Long> ids = List.of();
        for (int attempt = 0; attempt < 150 && ids.size() < count; attempt++) {
            Thread.sleep(200);
            ids = failures.deadLetters(value);
        }
        return ids;
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
        executeUnlessTheJobExecutorDid(job);

        // The step fails on purpose until the variable is repaired; its one attempt (R1) leaves an incident.
        Map<String, Object> incident = await().atMost(Duration.ofSeconds(60)).until(this::failingStepIncident,
                Optional::isPresent).orElseThrow();
        assertThat(incident).containsEntry("failingStep", "service_flaky_step").containsEntry("agreementId", "incident-test");
        assertThat((String) incident.get("error")).contains("brokenStep");

        runtime.setVariable(instance, "broken", false);
        assertThat(admin().postForEntity("/api/monitoring/incidents/{id}/retry", null, Void.class, incident.get("id"))
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        executeUnlessTheJobExecutorDid(job);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0);
        assertThat(runtime.createIncidentQuery().incidentId((String) incident.get("id")).count()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> failingStepIncident() {
        List<Map<String, Object>> incidents = admin().getForObject("/api/monitoring/incidents", List.class);
        return incidents.stream().filter(found -> "monitoring_failing_step".equals(found.get("processDefinitionKey"))).findFirst();
    }

    /** The engine's job executor runs in these tests too, and may take the job first; either way it ran once. */
    private void executeUnlessTheJobExecutorDid(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException failedOrTakenByTheExecutor) {
            // A failure is the step's; a missing or locked job was run by the executor.
        }
    }
}
