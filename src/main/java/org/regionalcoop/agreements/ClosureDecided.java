package org.regionalcoop.agreements;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * At the end of the term the secretariat's coordinators evaluated the agreement.
 *
 * @param decision   {@code renew} or {@code terminate}
 * @param evaluation their written evaluation: why
 */
@Published(type = "agreement.closure-decided", topic = "coop.agreements.v1")
public record ClosureDecided(UUID agreementId, String decision, String evaluation, String decidedBy,
                             Instant decidedAt) implements AgreementEvent {
}
