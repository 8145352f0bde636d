package org.regionalcoop;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Real failures about an agreement, for the pages that show them: a step of a process carrying the agreement's
 * business key that fails until it is repaired (an incident), and a participant's record keyed by the agreement
 * that cannot be read (a dead letter). The failing process is named in Chinese, as the Chinese pages under test
 * must show every name in Chinese (an English page shows what staff wrote as they wrote it).
 */
@Component
@Lazy // created after start-up, so it does not pull the engine up before the database's migrations
public class Failures {

    public static final String FAILING_PROCESS = "story_failing_check";
    public static final String FAILING_STEP = "service_failing_check";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final KafkaAdmin kafka;
    private final JdbcTemplate jdbc;
    private final DeadLetterArchive archive;

    Failures(RepositoryService repository, RuntimeService runtime, KafkaAdmin kafka, JdbcTemplate jdbc,
             DeadLetterArchive archive) {
        this.repository = repository;
        this.runtime = runtime;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.archive = archive;
    }

    /** A step of the agreement's that failed and stays failed until {@link #repair}; returns its process instance. */
    public Incident incidentOn(Agreement agreement) {
        BpmnModelInstance failing = Bpmn.createExecutableProcess(FAILING_PROCESS).name("故障检查")
                .camundaHistoryTimeToLive(1)
                .startEvent().serviceTask(FAILING_STEP).name("故障步骤").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R1/PT1H")
                .camundaExpression("${broken ? brokenStep.run() : 'done'}")
                .endEvent().done();
        repository.createDeployment().name(FAILING_PROCESS).enableDuplicateFiltering(true)
                .addModelInstance(FAILING_PROCESS + ".bpmn", failing).deploy();
        String instance = runtime.startProcessInstanceByKey(FAILING_PROCESS, agreement.id() + ":check",
                Map.of("broken", true)).getId();
        // The job executor runs the step once (R1) and leaves an incident.
        return await().atMost(PlatformTest.PATIENCE).until(
                () -> runtime.createIncidentQuery().processInstanceId(instance).singleResult(), found -> found != null);
    }

    /** What the failing step needed is in place: its next attempt succeeds. */
    public void repair(Incident incident) {
        runtime.setVariable(incident.getProcessInstanceId(), "broken", false);
    }

    /** A participant's unreadable answer keyed by the agreement; returns the dead letter's id. */
    public long deadLetterAbout(Agreement agreement) throws Exception {
        byte[] poison = ("not a CloudEvent " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> participant = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getConfigurationProperties().get("bootstrap.servers")),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            participant.send(new ProducerRecord<>("coop.participant-replies.v1",
                    agreement.id().toString().getBytes(StandardCharsets.UTF_8), poison)).get(30, TimeUnit.SECONDS);
        }
        return await().atMost(PlatformTest.PATIENCE).until(() -> deadLetters(poison), ids -> !ids.isEmpty()).get(0);
    }

    /** The dead letters holding the same bytes as this one, in order: a replayed unreadable record comes back. */
    public List<Long> sameAs(long deadLetter) {
        return jdbc.queryForList("""
                select id from dead_letter where record_value = (select record_value from dead_letter where id = ?) order by id
                """, Long.class, deadLetter);
    }

    /**
     * The dead letters keyed by the agreement's id, in the order their records were read (the records of one key
     * share a partition), as administrators see them.
     */
    public List<DeadLetter> deadLettersAbout(AgreementId agreement) {
        return archive.concerning(agreement, Integer.MAX_VALUE).stream()
                .sorted(Comparator.comparingLong(DeadLetter::offset)).toList();
    }

    /** The ids of the dead letters holding these bytes, in order: the archive shows no record's bytes. */
    public List<Long> deadLetters(byte[] value) {
        return jdbc.queryForList("select id from dead_letter where record_value = ? order by id", Long.class, value);
    }
}
