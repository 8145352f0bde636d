package org.regionalcoop.consensus;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Keyed;

import java.time.Instant;
import java.util.UUID;

/**
 * At the round's deadline the secretariat's leaders decided on the silent participants.
 *
 * @param minutes the meeting's minutes: why
 */
@Published(type = "consensus.joint-meeting-decided", topic = "coop.agreements.v1")
public record JointMeetingDecided(UUID agreementId, int round, Decision decision, String minutes, String decidedBy,
                                  Instant decidedAt) implements AgreementEvent {

    /** Extend the round, proceed without the silent, or abandon the agreement; the model's conditions compare keys. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Decision implements Keyed {
        EXTEND, PROCEED, ABANDON
    }
}
