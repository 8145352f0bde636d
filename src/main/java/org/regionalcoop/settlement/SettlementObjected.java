package org.regionalcoop.settlement;

import org.regionalcoop.kernel.AnswerPath;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** A participant objected to the proposed settlement, with its reason; the approving agency's arbitrator decides. */
@Published(type = "settlement.objected", topic = "coop.settlements.v1")
public record SettlementObjected(UUID agreementId, UUID settlementId, String participant, String reason,
                                 String objectedBy, Instant objectedAt, AnswerPath path) implements AgreementEvent {
}
