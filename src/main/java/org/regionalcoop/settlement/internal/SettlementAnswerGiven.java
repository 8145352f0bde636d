package org.regionalcoop.settlement.internal;

import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;

import java.util.UUID;

/**
 * A participant's finance system confirms a proposed settlement, or objects with a reason (inbound;
 * kafka/schemas/settlement.answer-given.v1.json), as its finance officers would on their task.
 *
 * @param answer {@code confirm} or {@code object}
 * @param reason required to object
 */
@Inbound(type = "settlement.answer-given", topic = "coop.participant-replies.v1")
record SettlementAnswerGiven(UUID agreementId, UUID settlementId, String participant, String answer, String reason)
        implements InboundEvent {
}
