package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.RoundOutcome;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A round ended with the consensus rule's outcome: consensus, amend or failed (or abandoned). */
@Published(type = "consensus.round-closed", topic = "coop.agreements.v1")
public record RoundClosed(UUID agreementId, int round, RoundOutcome outcome, List<String> consenting,
                          List<String> declining, List<String> amending, List<String> silent, Instant closedAt)
        implements AgreementEvent {
}
