package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.CooperationMode;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A government proposed a new agreement; its first version is open for consensus.
 *
 * @param requestedAmount    monetary support requested in all, in yuan (support is only asked of an agreement settled in CNY)
 * @param settlementCurrency the ISO 4217 currency of every amount of the agreement
 */
@Published(type = "agreement.proposed", topic = "coop.agreements.v1")
public record AgreementProposed(
        UUID agreementId,
        int version,
        String contentHash,
        String title,
        String initiator,
        List<String> participants,
        String secretariat,
        CooperationMode mode,
        AgreementType agreementType,
        String requestedAmount,
        String proposedBy,
        Instant proposedAt,
        String settlementCurrency) implements AgreementEvent {
}
