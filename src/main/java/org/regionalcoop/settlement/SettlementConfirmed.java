package org.regionalcoop.settlement;

import org.regionalcoop.kernel.AnswerPath;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant confirmed the proposed settlement, or stayed silent through the window ({@code silent}), which
 * confirms it; {@code path} tells whether its finance officer, its finance system or its silence answered.
 */
@Published(type = "settlement.confirmed", topic = "coop.settlements.v1")
public record SettlementConfirmed(UUID agreementId, UUID settlementId, String participant, boolean silent,
                                  String confirmedBy, Instant confirmedAt, AnswerPath path) implements AgreementEvent {
}
