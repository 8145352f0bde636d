package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The payee's treasury reported receiving the transfer ({@code confirmedBy}: its CloudEvents source). */
@Published(type = "settlement.transfer-confirmed", topic = "coop.settlements.v1")
public record TransferConfirmed(UUID agreementId, UUID settlementId, UUID transferId, String payer, String payee,
                                Money amount, String confirmedBy, Instant confirmedAt) implements AgreementEvent {
}
