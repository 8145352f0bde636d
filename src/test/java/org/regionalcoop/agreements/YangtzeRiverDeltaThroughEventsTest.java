package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Yangtze River Delta case with every participant answering and signing only through its own system
 * over Kafka, on the real broker and database; only the initiator's office (revising) and the central
 * agency (reviewing) work tasks. A downstream consumer then knows the agreement from its events alone.
 */
@PlatformTest
class YangtzeRiverDeltaThroughEventsTest {

    private static final List<String> PARTICIPANTS = List.of("SH", "JS", "ZJ", "AH");

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void participantsAnswerAndSignThroughTheirSystemsAndTheEventsAloneTellWhereTheAgreementStands() {
        Object bootstrapServers = kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
        Map<String, Object> proposal = ProposalRequests.yangtzeRiverDelta();
        String id = (String) as("sh.coordinator").propose(proposal).get("id");

        try (AgreementFeed feed = new AgreementFeed(bootstrapServers, id);
             ParticipantSystems systems = new ParticipantSystems(bootstrapServers)) {
            feed.await("consensus.round-opened", data -> data.get("round").asInt() == 1);
            for (String participant : PARTICIPANTS) {
                systems.send(CooperationOffices.REPLIES, participant, "consensus.vote-cast", Map.of("agreementId", id,
                        "round", 1, "participant", participant,
                        "answer", participant.equals("ZJ") ? "amend" : "consent",
                        "comment", participant.equals("ZJ") ? "Add the Ningbo-Zhoushan port link" : "agreed"));
            }
            feed.await("consensus.round-closed", data -> data.get("round").asInt() == 1);

            Map<String, Object> content = new LinkedHashMap<>(ProposalRequests.contentOf(proposal));
            content.put("title", "Yangtze River Delta integrated transport framework with the Ningbo-Zhoushan port link");
            as("sh.coordinator").revise(id, content, "Port link added as Zhejiang asked");
            as("sh.coordinator").complete("SH.coordinator", "user_revise_agreement", id, Map.of("revisionNote", "port link added"));

            JsonNode round2 = feed.await("consensus.round-opened", data -> data.get("round").asInt() == 2);
            int version = round2.get("version").asInt();
            String hash = feed.await("agreement.revised", data -> data.get("version").asInt() == version).get("contentHash").asText();
            CooperationOffices.consent(systems, id, 2, PARTICIPANTS);
            feed.await("consensus.round-closed", data -> data.get("round").asInt() == 2);
            CooperationOffices.sign(systems, id, version, hash, PARTICIPANTS, "Leader");
            feed.await("agreement.signed");

            as("cn-cca.reviewer").complete("CN-CCA.reviewer", "user_review_agreement", id,
                    Map.of("reviewDecision", "approve", "conditions", "Report progress every half year"));
            as("cn-cca.leader").complete("CN-CCA.leader", "user_review_agreement", id, Map.of("reviewDecision", "approve"));
            feed.await("agreement.status-changed", data -> data.get("to").asText().equals("approved"));

            AgreementState state = AgreementState.of(feed.events());
            Map<String, Object> platform = as("js.coordinator").agreement(id);
            Map<String, Object> current = (Map<String, Object>) platform.get("current");
            assertThat(state.status).isEqualTo(platform.get("status")).isEqualTo("approved");
            assertThat(state.version).isEqualTo(current.get("number")).isEqualTo(2);
            assertThat(state.contentHash).isEqualTo(current.get("contentHash"));
            assertThat(state.participants).containsExactlyElementsOf(PARTICIPANTS);
            assertThat(state.votes).containsEntry(1, Map.of("SH", "consent", "JS", "consent", "ZJ", "amend", "AH", "consent"))
                    .containsEntry(2, Map.of("SH", "consent", "JS", "consent", "ZJ", "consent", "AH", "consent"));
            assertThat(state.answerPaths).containsOnly("event");
            assertThat(state.signatories).containsExactlyInAnyOrderElementsOf(PARTICIPANTS);
            assertThat(state.signaturePaths).containsOnly("event").hasSize(4);
            assertThat(state.approvals).containsExactly("CN-CCA.reviewer:approve", "CN-CCA.leader:approve");
            List<AgreementFeed.Event> events = feed.awaitWithoutGaps();
            assertThat(events).extracting(AgreementFeed.Event::sequence)
                    .as("every event once, without gaps across the agreement's topics")
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
            for (String topic : List.of("coop.agreements.v1", "coop.tasks.v1")) {
                assertThat(events).filteredOn(event -> event.topic().equals(topic))
                        .extracting(AgreementFeed.Event::sequence).as("in order on %s", topic).isNotEmpty().isSorted();
            }

            List<Map<String, Object>> audit = as("sh.coordinator").audit(id);
            assertThat(audit).filteredOn(entry -> List.of("vote", "signature").contains(entry.get("kind")))
                    .hasSize(12).allSatisfy(entry -> assertThat(entry).containsEntry("path", "event"));
        }
    }

    private StaffClient as(String user) {
        return new StaffClient(anonymous, driver, user);
    }

    /** An agreement's state folded from its published events alone, as a downstream system keeps it. */
    private static final class AgreementState {

        String status;
        int version;
        String contentHash;
        List<String> participants = List.of();
        final Map<Integer, Map<String, String>> votes = new TreeMap<>();
        final List<String> answerPaths = new ArrayList<>();
        List<String> signatories = List.of();
        final List<String> signaturePaths = new ArrayList<>();
        final List<String> approvals = new ArrayList<>();

        static AgreementState of(List<AgreementFeed.Event> events) {
            AgreementState state = new AgreementState();
            events.forEach(event -> state.apply(event.type(), event.data()));
            return state;
        }

        private void apply(String type, JsonNode data) {
            switch (type) {
                case "agreement.proposed", "agreement.revised" -> {
                    version = data.get("version").asInt();
                    contentHash = data.get("contentHash").asText();
                    participants = texts(data.get("participants"));
                }
                case "agreement.status-changed" -> status = data.get("to").asText();
                case "consensus.vote-recorded" -> {
                    votes.computeIfAbsent(data.get("round").asInt(), round -> new TreeMap<>())
                            .put(data.get("participant").asText(), data.get("answer").asText());
                    answerPaths.add(data.get("path").asText());
                }
                case "consensus.signature-recorded" -> signaturePaths.add(data.get("path").asText());
                case "agreement.signed" -> signatories = texts(data.get("signatories"));
                case "approval.decided" -> approvals.add(data.get("reviewerGroup").asText() + ":" + data.get("decision").asText());
                default -> {
                    // Other facts (rounds opened and closed, routing, reminders) do not change what this view keeps.
                }
            }
        }

        private static List<String> texts(JsonNode array) {
            return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
        }
    }
}
