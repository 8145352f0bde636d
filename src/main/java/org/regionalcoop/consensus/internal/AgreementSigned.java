package org.regionalcoop.consensus.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every consenting government's leader signed the version; local consensus is complete. */
@Published(type = "agreement.signed", topic = "coop.agreements.v1")
public record AgreementSigned(UUID agreementId, int version, String contentHash, List<String> signatories,
                              Instant signedAt) implements AgreementEvent {
}
