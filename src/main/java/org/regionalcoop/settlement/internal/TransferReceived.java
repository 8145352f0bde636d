package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;

import java.util.UUID;

/**
 * The payee's treasury reports it received an instructed transfer (inbound;
 * kafka/schemas/settlement.transfer-received.v1.json). The payee confirms, not the payer, because only
 * money that arrived settles anything.
 */
@Inbound(type = "settlement.transfer-received", topic = "coop.finance-reports.v1")
public record TransferReceived(UUID agreementId, UUID transferId, String participant, Money amount) implements InboundEvent {
}
