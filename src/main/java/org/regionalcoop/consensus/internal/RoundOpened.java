package org.regionalcoop.consensus.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A version of an agreement was put to its participants; each has a ballot until the deadline. */
@Published(type = "consensus.round-opened", topic = "coop.agreements.v1")
public record RoundOpened(UUID agreementId, int round, int version, List<String> participants, Instant deadline)
        implements AgreementEvent {
}
