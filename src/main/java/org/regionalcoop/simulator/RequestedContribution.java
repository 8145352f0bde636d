package org.regionalcoop.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The data of a {@code project.contribution-requested} event, as far as a participant's finance system needs
 * it (kafka/schemas/project.contribution-requested.v1.json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RequestedContribution(UUID agreementId, UUID projectId, String participant, BigDecimal amount) {

    /** The data of a {@code project.contribution-paid} event (kafka/schemas/project.contribution-paid.v1.json). */
    record PaidContribution(UUID agreementId, UUID projectId, String participant, String amount, Instant paidAt) {
    }

    /** The payment of a simulated government that pays; none from one in default or played by staff. */
    Optional<Reply> payment(SimulatorSettings settings, Instant now) {
        if (!settings.answersFor(participant) || settings.paymentOf(participant) != Payment.PAY) {
            return Optional.empty();
        }
        return Optional.of(new Reply(ParticipantSimulator.FINANCE_REPORTS, ParticipantSimulator.CONTRIBUTION_PAID,
                agreementId, participant, new PaidContribution(agreementId, projectId, participant,
                amount.setScale(2).toPlainString(), now)));
    }
}
