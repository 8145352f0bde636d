package org.regionalcoop.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The data of a {@code settlement.transfer-instructed} event, as far as the payee's treasury needs it
 * (kafka/schemas/settlement.transfer-instructed.v1.json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record InstructedTransfer(UUID agreementId, UUID transferId, String payer, String payee, BigDecimal amount) {

    /** The data of a {@code settlement.transfer-received} event (kafka/schemas/settlement.transfer-received.v1.json). */
    record ReceivedTransfer(UUID agreementId, UUID transferId, String participant, String amount) {
    }

    /** The payee's receipt, if the simulator plays the payee and its treasury confirms. */
    Optional<Reply> receipt(SimulatorSettings settings) {
        if (!settings.answersFor(payee) || settings.receiptOf(payee) != Receipt.CONFIRM) {
            return Optional.empty();
        }
        return Optional.of(new Reply(ParticipantSimulator.FINANCE_REPORTS, ParticipantSimulator.TRANSFER_RECEIVED,
                agreementId, payee, new ReceivedTransfer(agreementId, transferId, payee, amount.setScale(2).toPlainString())));
    }
}
