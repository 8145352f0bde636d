package org.regionalcoop.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The data of a {@code settlement.proposed} event, as far as a participant's finance system needs it
 * (kafka/schemas/settlement.proposed.v1.json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProposedSettlement(UUID agreementId, UUID settlementId, List<Position> positions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Position(String participant) {
    }

    /** The data of a {@code settlement.answer-given} event (kafka/schemas/settlement.answer-given.v1.json). */
    record GivenAnswer(UUID agreementId, UUID settlementId, String participant, String answer, String reason) {

        /** Tells the arbitrator reading the objection that no one at the government raised it, in both languages. */
        static final String REASON = "由参与方模拟器提出异议（它模拟对每次结算都有异议的财政系统） / "
                + "objected by the participant simulator, which plays a finance system that disputes every settlement";
    }

    /** The answers of the simulated governments with a position in it; a silent one gives none. */
    List<Reply> answers(SimulatorSettings settings) {
        return positions.stream().map(Position::participant)
                .filter(settings::answersFor)
                .filter(participant -> settings.confirmationOf(participant) != Confirmation.SILENT)
                .map(participant -> new Reply(ParticipantSimulator.REPLIES, ParticipantSimulator.ANSWER_GIVEN,
                        agreementId, participant, answer(participant, settings.confirmationOf(participant))))
                .toList();
    }

    private GivenAnswer answer(String participant, Confirmation confirmation) {
        return new GivenAnswer(agreementId, settlementId, participant, confirmation.name().toLowerCase(Locale.ROOT),
                confirmation == Confirmation.OBJECT ? GivenAnswer.REASON : null);
    }
}
