package org.regionalcoop.consensus;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * At the round's deadline the secretariat's leaders decided on the silent participants.
 *
 * @param decision {@code extend}, {@code proceed} (without the silent) or {@code abandon}
 * @param minutes  the meeting's minutes: why
 */
@Published(type = "consensus.joint-meeting-decided", topic = "coop.agreements.v1")
public record JointMeetingDecided(UUID agreementId, int round, String decision, String minutes, String decidedBy,
                                  Instant decidedAt) implements AgreementEvent {
}
