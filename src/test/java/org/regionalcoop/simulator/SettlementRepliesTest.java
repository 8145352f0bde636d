package org.regionalcoop.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How the simulated finance systems answer a proposed settlement. */
class SettlementRepliesTest {

    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final UUID SETTLEMENT = UUID.randomUUID();

    private final ProposedSettlement proposed = new ProposedSettlement(AGREEMENT, SETTLEMENT, List.of(
            new ProposedSettlement.Position("HN-CS"), new ProposedSettlement.Position("HN-XT"),
            new ProposedSettlement.Position("HN-ZZ"), new ProposedSettlement.Position("JS")));

    @Test
    void eachSimulatedParticipantConfirmsObjectsWithAReasonOrStaysSilentAsConfigured() {
        SimulatorSettings settings = new SimulatorSettings("simulator", Set.of("HN-ZZ", "HN-XT", "JS"), Duration.ZERO,
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of("hn-zz", Confirmation.OBJECT, "JS", Confirmation.SILENT));

        List<Reply> replies = proposed.answers(settings);

        assertThat(replies).as("HN-CS is played by staff, JS stays silent").extracting(Reply::participant)
                .containsExactly("HN-XT", "HN-ZZ");
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.topic()).isEqualTo("coop.participant-replies.v1");
            assertThat(reply.type()).isEqualTo("org.regionalcoop.settlement.answer-given.v1");
            assertThat(reply.agreementId()).isEqualTo(AGREEMENT);
        });
        assertThat(replies).extracting(Reply::data).containsExactly(
                new ProposedSettlement.GivenAnswer(AGREEMENT, SETTLEMENT, "HN-XT", "confirm", null),
                new ProposedSettlement.GivenAnswer(AGREEMENT, SETTLEMENT, "HN-ZZ", "object",
                        ProposedSettlement.GivenAnswer.REASON));
    }

    @Test
    void withoutSettingsASimulatedFinanceSystemConfirms() {
        SimulatorSettings defaults = new SimulatorSettings("simulator", Set.of("JS"), Duration.ZERO, Map.of());

        assertThat(defaults.confirmationOf("JS")).isEqualTo(Confirmation.CONFIRM);
        assertThat(proposed.answers(defaults)).extracting(Reply::data)
                .containsExactly(new ProposedSettlement.GivenAnswer(AGREEMENT, SETTLEMENT, "JS", "confirm", null));
    }
}
