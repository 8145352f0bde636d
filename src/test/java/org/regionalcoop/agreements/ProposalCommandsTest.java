package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.Failures;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.ParticipantSystems.eventually;

/**
 * An initiator's system proposes agreements through {@code coop.proposals.v1} on the real broker: a valid
 * proposal is proposed once however often it is delivered, and one that breaks the rules of a proposal,
 * or speaks for another government, goes to the dead letters with its reason.
 */
@PlatformTest
class ProposalCommandsTest {

    private static final String PROPOSALS = "coop.proposals.v1";
    private static final String TYPE = "org.regionalcoop.agreement.proposal-submitted.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Agreements agreements;

    @Autowired
    Failures failures;

    @Autowired
    KafkaAdmin kafkaAdmin;

    private KafkaProducer<String, byte[]> initiatorSystems;

    @BeforeEach
    void connect() {
        initiatorSystems = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void disconnect() {
        initiatorSystems.close();
    }

    @Test
    void aProposalFromTheInitiatorsSystemIsProposedOnceHoweverOftenItIsDelivered() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> proposal = ProposalRequests.yangtzeRiverDelta();
        String title = "Transport framework from Shanghai's system " + key;
        ProposalRequests.contentOf(proposal).put("title", title);
        CloudEvent event = proposal("urn:gov:sh:cooperation-office", proposal);

        send(key, event);
        send(key, event);
        Map<String, Object> later = ProposalRequests.yangtzeRiverDelta();
        ProposalRequests.contentOf(later).put("title", "Later " + title);
        send(key, proposal("urn:gov:sh:cooperation-office", later));

        eventually(() -> proposed("Later " + title) == 1);
        assertThat(proposed(title)).as("the redelivery changed nothing").isOne();
        Agreement agreement = agreements.current(proposals(title).get(0));
        assertThat(agreement.initiator().value()).isEqualTo("SH");
        assertThat(agreement.proposedBy()).isEqualTo("urn:gov:sh:cooperation-office");
        assertThat(agreement.status()).as("its lifecycle started").isNotEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    void aProposalBreakingTheRulesIsDeadLetteredNamingEveryViolation() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> proposal = ProposalRequests.yangtzeRiverDelta();
        Map<String, Object> content = ProposalRequests.contentOf(proposal);
        content.put("title", "Unbalanced framework " + key);
        content.put("costShares", List.of(ProposalRequests.share("SH", "40"), ProposalRequests.share("JS", "25"),
                ProposalRequests.share("ZJ", "20")));
        content.put("secretariat", "HN-CS");

        send(key, proposal("urn:gov:sh", proposal));

        DeadLetter deadLetter = awaitDeadLetter(key);
        assertThat(deadLetter.reason()).isEqualTo("invalid-content");
        assertThat(deadLetter.detail()).contains("content.costShares: AH has no cost share")
                .contains("content.secretariat: must be one of the participants");
        assertThat(proposed("Unbalanced framework " + key)).as("nothing half-applied").isZero();
    }

    @Test
    void aProposalNoRegisteredAuthorityCanApproveIsDeadLetteredNamingWhatIsMissing() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "Hangzhou Bay water quality " + key;
        Map<String, Object> proposal = ProposalRequests.proposal("ZJ-HZ", ProposalRequests.content(title, "bottom-up",
                "specialized", List.of("ZJ-HZ", "ZJ-NB"), "ZJ-HZ",
                List.of(ProposalRequests.share("ZJ-HZ", "60"), ProposalRequests.share("ZJ-NB", "40")), List.of()));

        send(key, proposal("urn:gov:zj-hz", proposal));

        DeadLetter deadLetter = awaitDeadLetter(key);
        assertThat(deadLetter.reason()).isEqualTo("invalid-content");
        assertThat(deadLetter.detail()).contains("content.participants: no coordination agency reviews "
                + "agreements among ZJ-HZ and ZJ-NB: the province ZJ (Zhejiang) has none");
        assertThat(proposed(title)).as("nothing half-applied").isZero();
    }

    @Test
    void aSystemMayProposeOnlyForItsOwnGovernment() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> proposal = ProposalRequests.yangtzeRiverDelta();
        ProposalRequests.contentOf(proposal).put("title", "Jiangsu speaking for Shanghai " + key);

        send(key, proposal("urn:gov:js:cooperation-office", proposal));

        assertThat(awaitDeadLetter(key).reason()).isEqualTo("unauthorized");
        assertThat(proposed("Jiangsu speaking for Shanghai " + key)).isZero();
    }

    private static CloudEvent proposal(String source, Map<String, Object> data) throws Exception {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create(source)).withType(TYPE)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(data)).build();
    }

    private void send(String key, CloudEvent event) throws Exception {
        initiatorSystems.send(KafkaMessageFactory.createWriter(PROPOSALS, key).writeBinary(event)).get(30, TimeUnit.SECONDS);
    }

    private int proposed(String title) {
        return proposals(title).size();
    }

    /** The agreements first proposed under this very title. */
    private List<AgreementId> proposals(String title) {
        return agreements.titled(title, 100).stream()
                .filter(id -> agreements.versions(id).get(0).content().title().equals(title)).toList();
    }

    /** The one dead letter of the proposals topic keyed so: the keys are random ids, read as an agreement's. */
    private DeadLetter awaitDeadLetter(String key) {
        eventually(() -> !deadLetters(key).isEmpty());
        List<DeadLetter> found = deadLetters(key);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<DeadLetter> deadLetters(String key) {
        return failures.deadLettersAbout(AgreementId.of(key)).stream()
                .filter(letter -> letter.topic().equals(PROPOSALS)).toList();
    }
}
