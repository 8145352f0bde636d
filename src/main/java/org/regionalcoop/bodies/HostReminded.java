package org.regionalcoop.bodies;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** The host of a meeting was reminded of a step it has not taken: convene the meeting, or record its minutes. */
@Published(type = "body.host-reminded", topic = "coop.agreements.v1")
public record HostReminded(UUID agreementId, MeetingId meetingId, String body, int number, GovernmentCode host,
                           Step step, Instant remindedAt) implements AgreementEvent {

    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Step implements Keyed {
        CONVENE, MINUTES
    }
}
