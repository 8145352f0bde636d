package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.settlement.TransferLine;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The settlement is final: its transfers are instructed, and later settlements count them as settled.
 *
 * @param currency the agreement's settlement currency, ISO 4217, of every amount of the settlement
 */
@Published(type = "settlement.finalized", topic = "coop.settlements.v1")
public record SettlementFinalized(UUID agreementId, UUID settlementId, SettlementKind kind, Instant periodEnd,
                                  List<Settlement.ParticipantPosition> positions, List<TransferLine> transfers,
                                  Instant finalizedAt, String currency) implements AgreementEvent {
}
