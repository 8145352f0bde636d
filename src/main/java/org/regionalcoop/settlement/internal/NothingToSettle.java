package org.regionalcoop.settlement.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.settlement.SettlementKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A settlement was calculated up to its period end and found every participant's net position zero: no transfer is
 * owed, nobody is asked to confirm, and the period is closed as settled.
 */
@Published(type = "settlement.nothing-to-settle", topic = "coop.settlements.v1")
public record NothingToSettle(UUID agreementId, UUID settlementId, SettlementKind kind, Instant periodEnd,
                              List<String> participants, Instant settledAt) implements AgreementEvent {
}
