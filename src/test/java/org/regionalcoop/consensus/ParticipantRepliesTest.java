package org.regionalcoop.consensus;

import org.regionalcoop.consensus.internal.BallotProcess;
import org.regionalcoop.consensus.internal.BallotRepository;
import org.regionalcoop.consensus.internal.ConsensusProcess;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.ParticipantSystems.eventually;
import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * Participants' systems answer their ballots through Kafka. On the real broker, database and engine:
 * each event applies exactly once, and what cannot apply lands in the dead letters with its reason and
 * its original bytes, while the records around it still apply.
 */
@PlatformTest
class ParticipantRepliesTest {

    private static final String REPLIES = "coop.participant-replies.v1";
    private static final String DEAD_LETTERS = "coop.dead-letters.v1";
    private static final String VOTE_CAST = "org.regionalcoop.consensus.vote-cast.v1";
    private static final String SIGNATURE_GIVEN = "org.regionalcoop.consensus.signature-given.v1";
    private static final String FAULTY_SOURCE = "urn:gov:ah:faulty-office";

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Ballots ballots;

    @Autowired
    Agreements agreements;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BallotRepository signatures;

    @Autowired
    Failures failures;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaAdmin kafkaAdmin;

    private KafkaProducer<String, byte[]> participants;

    @BeforeEach
    void connect() {
        participants = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void disconnect() {
        participants.close();
    }

    @Test
    void anAnswerFromTheParticipantsSystemWithdrawsTheCoordinatorsTask() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        BallotKey jiangsu = ballot(agreement, "JS");
        assertThat(openBallotTasks(jiangsu)).isOne();
        double applied = counter("platform.inbound.applied", "type", VOTE_CAST);

        send(voteCast(agreement, "JS", "decline", "urn:gov:js:cooperation-office"));

        eventually(() -> answered(jiangsu));
        assertThat(driver.ballot(jiangsu))
                .isEqualTo(new LifecycleDriver.Ballot(Answer.DECLINE, AnswerPath.EVENT, "urn:gov:js:cooperation-office"));
        assertThat(openBallotTasks(jiangsu)).as("the coordinators' task is withdrawn").isZero();
        assertThat(openBallotTasks(ballot(agreement, "SH"))).isOne();
        assertThat(counter("platform.inbound.applied", "type", VOTE_CAST) - applied).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS", "ZJ");
        BallotKey jiangsu = ballot(agreement, "JS");
        CloudEvent consent = cloudEvent(VOTE_CAST, "urn:gov:js", voteData(agreement, 1, "JS", "consent"));
        double duplicates = counter("platform.inbound.duplicates", "type", VOTE_CAST);

        send(binary(agreement, consent));
        send(binary(agreement, consent));
        // A later record of the agreement shares their partition: once it applied, both copies were taken in.
        send(voteCast(agreement, "ZJ", "consent", "urn:gov:zj"));

        eventually(() -> answered(ballot(agreement, "ZJ")));
        assertThat(driver.ballot(jiangsu)).extracting(LifecycleDriver.Ballot::answer, LifecycleDriver.Ballot::path)
                .containsExactly(Answer.CONSENT, AnswerPath.EVENT);
        assertThat(ballots.lateAnswers(jiangsu)).as("the copy did not count as a second answer").isZero();
        assertThat(driver.takenIn("urn:gov:js", consent.getId())).isOne();
        assertThat(counter("platform.inbound.duplicates", "type", VOTE_CAST) - duplicates).isEqualTo(1);
    }

    @Test
    void anAnswerAfterTheCoordinatorsAnsweredIsKeptAsALateAnswer() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        BallotKey jiangsu = ballot(agreement, "JS");
        driver.complete(agreement, BallotProcess.USER_CAST_VOTE, "JS.coordinator", Map.of("answer", "decline"));
        CloudEvent consent = cloudEvent(VOTE_CAST, "urn:gov:js", voteData(agreement, 1, "JS", "consent"));

        send(binary(agreement, consent));

        eventually(() -> ballots.lateAnswers(jiangsu) == 1);
        assertThat(driver.ballot(jiangsu)).extracting(LifecycleDriver.Ballot::answer, LifecycleDriver.Ballot::path)
                .containsExactly(Answer.DECLINE, AnswerPath.TASK);
        assertThat(driver.takenIn("urn:gov:js", consent.getId())).as("taken in, so a replay adds no second late answer")
                .isOne();
    }

    @Test
    void whatCannotApplyGoesToTheDeadLettersWithItsReasonWhileTheRecordsAroundItApply() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String key = agreement.id().toString();
        List<Poison> poisons = List.of(
                new Poison("unreadable", new ProducerRecord<>(REPLIES, key, utf8("no CloudEvent at all"))),
                new Poison("unreadable", binary(agreement, cloudEvent(VOTE_CAST, "urn:gov:js", "{\"agreementId\": oops"))),
                new Poison("invalid-envelope", withoutHeader(binary(agreement,
                        cloudEvent(VOTE_CAST, "urn:gov:js", voteData(agreement, 1, "JS", "amend"))), "ce_id")),
                new Poison("schema-invalid", binary(agreement, cloudEvent(VOTE_CAST, "urn:gov:js",
                        voteData(agreement, 1, "JS", "maybe")))),
                new Poison("unknown-type", binary(agreement, cloudEvent("org.regionalcoop.consensus.vote-casted.v1",
                        "urn:gov:js", voteData(agreement, 1, "JS", "consent")))),
                new Poison("unauthorized", binary(agreement, cloudEvent(VOTE_CAST, "urn:gov:sh",
                        voteData(agreement, 1, "JS", "decline")))),
                new Poison("unappliable", binary(agreement, cloudEvent(VOTE_CAST, "urn:gov:js",
                        voteData(agreement, 7, "JS", "consent")))),
                new Poison("oversized", binary(agreement, cloudEvent(VOTE_CAST, "urn:gov:js",
                        voteData(agreement, 1, "JS", "consent") + " ".repeat(70 * 1024)))));
        double unauthorized = counter("platform.inbound.dead.letters", "reason", "unauthorized");

        send(voteCast(agreement, "SH", "consent", "urn:gov:sh"));
        Map<Poison, RecordMetadata> sent = new LinkedHashMap<>();
        poisons.forEach(poison -> sent.put(poison, send(poison.record())));
        send(voteCast(agreement, "JS", "amend", "urn:gov:js"));

        eventually(() -> answered(ballot(agreement, "JS")));
        assertThat(driver.ballot(ballot(agreement, "SH")).answer()).isEqualTo(Answer.CONSENT);
        assertThat(driver.ballot(ballot(agreement, "JS")).answer()).isEqualTo(Answer.AMEND);
        List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(key, poisons.size());
        assertThat(deadLetters).hasSize(poisons.size());
        for (Poison poison : poisons) {
            ConsumerRecord<String, byte[]> deadLetter = deadLetters.stream()
                    .filter(record -> new String(record.value(), StandardCharsets.UTF_8).equals(poison.value()))
                    .findFirst().orElseThrow(() -> new AssertionError("no dead letter for " + poison));
            assertThat(header(deadLetter, "dlt_reason")).as("reason of %s", poison).isEqualTo(poison.reason());
            assertThat(header(deadLetter, "dlt_detail")).as("detail of %s", poison).isNotBlank();
            assertThat(header(deadLetter, "dlt_original_topic")).isEqualTo(REPLIES);
            assertThat(header(deadLetter, "dlt_original_partition")).isEqualTo(String.valueOf(sent.get(poison).partition()));
            assertThat(header(deadLetter, "dlt_original_offset")).isEqualTo(String.valueOf(sent.get(poison).offset()));
            for (Header original : poison.record().headers()) {
                assertThat(deadLetter.headers().lastHeader(original.key()).value()).as("header %s", original.key())
                        .isEqualTo(original.value());
            }
        }
        assertThat(failures.deadLettersAbout(agreement.id())).filteredOn(letter -> letter.topic().equals(REPLIES))
                .extracting(DeadLetter::reason).containsExactlyElementsOf(poisons.stream().map(Poison::reason).toList());
        assertThat(jdbc.queryForList("select record_value from dead_letter where topic = ? and record_key = ? order by \"offset\"",
                byte[].class, REPLIES, utf8(key))).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .containsExactlyElementsOf(poisons.stream().map(Poison::value).toList());
        assertThat(counter("platform.inbound.dead.letters", "reason", "unauthorized") - unauthorized).isEqualTo(1);
    }

    @Test
    void textThePlatformCannotStoreIsInvalidContentWhileEveryOtherVoteApplies() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS", "ZJ");
        String key = agreement.id().toString();
        List<ProducerRecord<String, byte[]>> bad = List.of(
                voteCommented(agreement, "JS", "consent", "ok\\u0000"),
                voteCommented(agreement, "ZJ", "consent", "ok \\ud800"),
                voteCommented(agreement, "SH", "consent", "x".repeat(4001)));

        bad.forEach(this::send);
        send(voteCast(agreement, "JS", "amend", "urn:gov:js"));
        send(voteCast(agreement, "ZJ", "decline", "urn:gov:zj"));
        send(voteCast(agreement, "SH", "consent", "urn:gov:sh"));

        eventually(() -> answered(ballot(agreement, "SH")));
        assertThat(driver.ballot(ballot(agreement, "JS")).answer()).isEqualTo(Answer.AMEND);
        assertThat(driver.ballot(ballot(agreement, "ZJ")).answer()).isEqualTo(Answer.DECLINE);
        assertThat(driver.ballot(ballot(agreement, "SH")).answer()).isEqualTo(Answer.CONSENT);
        List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(key, bad.size());
        assertThat(deadLetters).extracting(record -> header(record, "dlt_reason"))
                .containsExactly("invalid-content", "invalid-content", "invalid-content");
        assertThat(deadLetters).extracting(record -> header(record, "dlt_detail")).satisfiesExactly(
                nul -> assertThat(nul).isEqualTo("/comment: contains the character U+0000 at position 2, which cannot be stored"),
                surrogate -> assertThat(surrogate).startsWith("/comment: contains an unpaired surrogate (U+D800)"),
                tooLong -> assertThat(tooLong).isEqualTo("/comment: must be at most 4,000 characters long"));
    }

    private static ProducerRecord<String, byte[]> voteCommented(Agreement agreement, String participant, String answer,
                                                               String comment) {
        String data = voteData(agreement, 1, participant, answer).replace("from our system", comment);
        return binary(agreement, cloudEvent(VOTE_CAST, "urn:gov:" + participant.toLowerCase(), data));
    }

    @Test
    void aSignatureFromTheParticipantsSystemWithdrawsTheLeadersTaskAndCountsOnce() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        for (String participant : List.of("SH", "JS")) {
            driver.complete(agreement, BallotProcess.USER_CAST_VOTE, participant + ".coordinator", Map.of("answer", "consent"));
        }
        String hash = agreements.current(agreement.id()).current().contentHash();
        String key = agreement.id().toString();

        send(binary(agreement, cloudEvent(SIGNATURE_GIVEN, "urn:gov:js", signatureData(agreement, 1, "JS", "0".repeat(64)))));
        send(binary(agreement, cloudEvent(SIGNATURE_GIVEN, "urn:gov:js:governor", signatureData(agreement, 1, "JS", hash))));
        send(binary(agreement, cloudEvent(SIGNATURE_GIVEN, "urn:gov:js:governor", signatureData(agreement, 1, "JS", hash))));

        eventually(() -> !driver.signedBy(agreement.id(), "JS").isEmpty());
        assertThat(driver.signedBy(agreement.id(), "JS")).containsExactly("Governor of JS via urn:gov:js:governor");
        assertThat(driver.openTasks(agreement, ConsensusProcess.USER_SIGN_AGREEMENT)).as("only Shanghai's leaders still sign")
                .extracting(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                .containsExactly("SH.leader");
        List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(key, 1);
        assertThat(header(deadLetters.get(0), "dlt_reason")).isEqualTo("unappliable");
        assertThat(header(deadLetters.get(0), "dlt_detail")).contains("content hash");

        driver.complete(agreement, ConsensusProcess.USER_SIGN_AGREEMENT, "SH.leader", Map.of("signedContentHash", hash));
        send(binary(agreement, cloudEvent(SIGNATURE_GIVEN, "urn:gov:js", signatureData(agreement, 1, "JS", hash))));
        send(voteCast(agreement, "SH", "consent", "urn:gov:sh"));

        eventually(() -> ballots.lateAnswers(ballot(agreement, "SH")) == 1);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.IN_APPROVAL);
        assertThat(signatures.signatories(agreement.id(), 1)).as("a signature after signing ended changes nothing")
                .containsExactly("JS", "SH");
        assertThat(failures.deadLettersAbout(agreement.id())).as("a repeated signature is no error").hasSize(1);
    }

    @Test
    void aTransientDatabaseFailureIsRetriedUntilItPassesNotDeadLettered() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "AH");
        BallotKey anhui = ballot(agreement, "AH");

        withFailingCommit("serialization_failure", () -> {
            send(voteCast(agreement, "AH", "consent", FAULTY_SOURCE));
            // More attempts than an unexpected failure gets (1 + 3 retries), and still no dead letter.
            eventually(() -> failedCommits() >= 5);
            assertThat(answered(anhui)).as("each attempt rolled back with the inbox row").isFalse();
            assertThat(openBallotTasks(anhui)).isOne();
        });

        eventually(() -> answered(anhui));
        assertThat(driver.ballot(anhui)).extracting(LifecycleDriver.Ballot::answer, LifecycleDriver.Ballot::answeredBy)
                .containsExactly(Answer.CONSENT, FAULTY_SOURCE);
        assertThat(ballots.lateAnswers(anhui)).as("the failed attempts left nothing behind").isZero();
        assertThat(failures.deadLettersAbout(agreement.id())).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsDeadLetteredAsFailedAfterItsRetries() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "AH");
        String key = agreement.id().toString();

        withFailingCommit("raise_exception", () -> {
            send(voteCast(agreement, "AH", "decline", FAULTY_SOURCE));
            List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(key, 1);
            assertThat(deadLetters).hasSize(1);
            assertThat(header(deadLetters.get(0), "dlt_reason")).isEqualTo("failed");
            assertThat(header(deadLetters.get(0), "dlt_detail")).contains("injected fault");
            assertThat(failedCommits()).as("the first attempt and its 3 retries").isEqualTo(4);
        });

        BallotKey anhui = ballot(agreement, "AH");
        assertThat(answered(anhui)).as("not applied, so a replay can still apply it").isFalse();
        assertThat(openBallotTasks(anhui)).as("the correlation rolled back with the inbox row").isOne();
        assertThat(jdbc.queryForObject("select count(*) from event_inbox where source = ?", Integer.class, FAULTY_SOURCE))
                .isZero();
    }

    /**
     * While {@code body} runs, the database refuses to commit a transaction that recorded an event from
     * {@link #FAULTY_SOURCE} in the inbox, with this PostgreSQL condition: a deferred trigger fails at commit,
     * after the ballot's process took the answer in the same transaction. A sequence, which no rollback
     * resets, counts the attempts.
     */
    private void withFailingCommit(String condition, Runnable body) {
        jdbc.execute("create sequence inbox_fault_attempts");
        jdbc.execute("""
                create function inbox_fault() returns trigger language plpgsql as $$
                begin
                    if new.source = '%s' then
                        perform nextval('inbox_fault_attempts');
                        raise exception using errcode = '%s', message = 'injected fault';
                    end if;
                    return null;
                end $$""".formatted(FAULTY_SOURCE, condition));
        jdbc.execute("""
                create constraint trigger inbox_fault after insert on event_inbox deferrable initially deferred
                for each row execute function inbox_fault()""");
        try {
            body.run();
        } finally {
            jdbc.execute("drop trigger inbox_fault on event_inbox");
            jdbc.execute("drop function inbox_fault()");
            jdbc.execute("drop sequence inbox_fault_attempts");
        }
    }

    private long failedCommits() {
        return jdbc.queryForObject("select case when is_called then last_value else 0 end from inbox_fault_attempts", Long.class);
    }

    /** A record that cannot apply and the reason it must be dead-lettered for. */
    private record Poison(String reason, ProducerRecord<String, byte[]> record) {

        String value() {
            return new String(record.value(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return reason + ": " + value();
        }
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return participants.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + record.topic(), e);
        }
    }

    private static ProducerRecord<String, byte[]> voteCast(Agreement agreement, String participant, String answer, String source) {
        return binary(agreement, cloudEvent(VOTE_CAST, source, voteData(agreement, 1, participant, answer)));
    }

    private static String signatureData(Agreement agreement, int version, String participant, String contentHash) {
        return """
                {"agreementId": "%s", "version": %d, "participant": "%s", "contentHash": "%s", "leader": "Governor of %s"}"""
                .formatted(agreement.id(), version, participant, contentHash, participant);
    }

    private static String voteData(Agreement agreement, int round, String participant, String answer) {
        return """
                {"agreementId": "%s", "round": %d, "participant": "%s", "answer": "%s", "comment": "from our system"}"""
                .formatted(agreement.id(), round, participant, answer);
    }

    private static CloudEvent cloudEvent(String type, String source, String data) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(source))
                .withType(type)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(utf8(data))
                .build();
    }

    /** Binary mode, keyed by agreement id, as a participant's system sends it with the CloudEvents SDK. */
    private static ProducerRecord<String, byte[]> binary(Agreement agreement, CloudEvent event) {
        return KafkaMessageFactory.createWriter(REPLIES, agreement.id().toString()).writeBinary(event);
    }

    private static ProducerRecord<String, byte[]> withoutHeader(ProducerRecord<String, byte[]> record, String header) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(), record.key(), record.value());
        record.headers().forEach(h -> {
            if (!h.key().equals(header)) {
                copy.headers().add(h);
            }
        });
        return copy;
    }

    private List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String key, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS, PATIENCE).stream()
                    .map(info -> new TopicPartition(DEAD_LETTERS, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    private Object bootstrapServers() {
        return kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    private static BallotKey ballot(Agreement agreement, String participant) {
        return new BallotKey(agreement.id(), 1, new GovernmentCode(participant));
    }

    private boolean answered(BallotKey ballot) {
        return driver.ballot(ballot).answer() != null;
    }

    private long openBallotTasks(BallotKey ballot) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ballot.businessKey())
                .taskDefinitionKey(BallotProcess.USER_CAST_VOTE).count();
    }

    private double counter(String name, String tag, String value) {
        return meters.get(name).tag(tag, value).counter().count();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
