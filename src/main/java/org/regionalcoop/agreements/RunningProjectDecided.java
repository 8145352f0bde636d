package org.regionalcoop.agreements;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * At closure the secretariat's coordinators decided what becomes of a project still running under the agreement;
 * the projects module carries it out in the same transaction.
 *
 * @param decision {@code complete} (what was done stands, the rest is not called), {@code hand-over} (it runs on
 *                 under the renewal) or {@code cancel} (its open contributions and tasks are withdrawn)
 */
@Published(type = "agreement.running-project-decided", topic = "coop.agreements.v1")
public record RunningProjectDecided(UUID agreementId, UUID projectId, String decision, String reason, String decidedBy,
                                    Instant decidedAt) implements AgreementEvent {

    public static final String COMPLETE = "complete";
    public static final String HAND_OVER = "hand-over";
    public static final String CANCEL = "cancel";
}
