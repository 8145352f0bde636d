package org.regionalcoop.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Which simulated governments answer a round, and how. */
class OpenedRoundTest {

    private final OpenedRound round = new OpenedRound(UUID.randomUUID(), 2, List.of("SH", "JS", "ZJ", "AH", "HN-ZZ"));

    @Test
    void eachSimulatedParticipantAnswersByItsOwnBehaviourOrTheDefault() {
        SimulatorSettings settings = settings(Set.of("JS", "ZJ", "HN-ZZ", "XJ"),
                Map.of("default", Behaviour.DECLINE, "ZJ", Behaviour.AMEND));

        assertThat(round.votes(settings)).as("only participants it plays, in the round's order").containsExactly(
                new CastVote(round.agreementId(), 2, "JS", "decline", CastVote.COMMENT),
                new CastVote(round.agreementId(), 2, "ZJ", "amend", CastVote.COMMENT),
                new CastVote(round.agreementId(), 2, "HN-ZZ", "decline", CastVote.COMMENT));
    }

    /** Staff read a simulated vote's comment on the ballot and in the timeline, in Chinese or English: it says both. */
    @Test
    void theCommentsStaffReadSayWhoAnsweredInChineseAndEnglish() {
        assertThat(List.of(CastVote.COMMENT, ProposedSettlement.GivenAnswer.REASON, StartedProject.DESCRIPTION))
                .allSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}").contains(" / ")
                        .contains("participant simulator").contains("参与方模拟器"));
    }

    @Test
    void withoutAnyBehaviourItConsents() {
        assertThat(round.votes(settings(Set.of("AH"), Map.of()))).extracting(CastVote::answer).containsExactly("consent");
    }

    @Test
    void aSilentGovernmentDoesNotAnswer() {
        assertThat(round.votes(settings(Set.of("JS", "AH"), Map.of("AH", Behaviour.SILENT))))
                .extracting(CastVote::participant).containsExactly("JS");
    }

    @Test
    void codesAndBehaviourKeysBoundFromEnvironmentVariablesInLowerCaseStillMatch() {
        SimulatorSettings settings = settings(Set.of(" js", "hn-zz"), Map.of("hn-zz", Behaviour.DECLINE));

        assertThat(round.votes(settings)).extracting(CastVote::participant, CastVote::answer)
                .containsExactly(tuple("JS", "consent"),
                        tuple("HN-ZZ", "decline"));
    }

    @Test
    void eachAnswerSpeaksForItsOwnGovernment() {
        assertThat(new Reply(ParticipantSimulator.REPLIES, ParticipantSimulator.VOTE_CAST, round.agreementId(), "HN-ZZ",
                new CastVote(round.agreementId(), 1, "HN-ZZ", "consent", null)).source()).isEqualTo("urn:gov:hn-zz:simulator");
    }

    private static SimulatorSettings settings(Set<String> governments, Map<String, Behaviour> behaviour) {
        return new SimulatorSettings("simulator", governments, Duration.ZERO, behaviour);
    }
}
