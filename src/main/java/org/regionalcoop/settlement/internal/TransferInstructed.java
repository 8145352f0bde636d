package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * The payer's treasury is instructed to pay the payee; the payee's treasury reports receipt.
 *
 * @param currency the agreement's settlement currency, ISO 4217, in which the amount is paid
 */
@Published(type = "settlement.transfer-instructed", topic = "coop.settlements.v1")
public record TransferInstructed(UUID agreementId, UUID settlementId, UUID transferId, String payer, String payee,
                                 Money amount, Instant instructedAt, String currency) implements AgreementEvent {
}
