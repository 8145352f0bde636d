package org.regionalcoop.agreements;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The initiator published a new version of the agreement, e.g. with the amendments participants asked for. */
@Published(type = "agreement.revised", topic = "coop.agreements.v1")
public record AgreementRevised(UUID agreementId, int version, String contentHash, String reason,
                               List<String> participants, String requestedAmount, String revisedBy, Instant revisedAt)
        implements AgreementEvent {
}
