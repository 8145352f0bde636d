package org.regionalcoop.settlement;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The arbitrator upheld the settlement or adjusted it: the payer owes the payee the amount more, and the
 * transfers were netted again.
 *
 * @param payer    null when upheld
 * @param payee    null when upheld
 * @param amount   null when upheld
 */
@Published(type = "settlement.arbitrated", topic = "coop.settlements.v1")
public record SettlementArbitrated(UUID agreementId, UUID settlementId, ArbitrationOutcome decision, String payer,
                                   String payee, String amount, String reason, List<TransferLine> transfers, String arbitratedBy,
                                   Instant arbitratedAt) implements AgreementEvent {
}
