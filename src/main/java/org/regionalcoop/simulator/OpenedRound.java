package org.regionalcoop.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * The data of a {@code consensus.round-opened} event, as far as a participant's system needs it
 * (kafka/schemas/consensus.round-opened.v1.json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OpenedRound(UUID agreementId, int round, List<String> participants) {

    /** The answers of the simulated governments among the participants; a silent one gives none. */
    List<CastVote> votes(SimulatorSettings settings) {
        return participants.stream()
                .filter(settings::answersFor)
                .flatMap(participant -> settings.behaviourOf(participant).answer().stream()
                        .map(answer -> new CastVote(agreementId, round, participant, answer, CastVote.COMMENT)))
                .toList();
    }
}
