package org.regionalcoop.bodies;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * The host of a meeting was reminded of a step it has not taken: {@code convene} the meeting, or record its
 * {@code minutes}.
 */
@Published(type = "body.host-reminded", topic = "coop.agreements.v1")
public record HostReminded(UUID agreementId, MeetingId meetingId, String body, int number, GovernmentCode host,
                           String step, Instant remindedAt) implements AgreementEvent {

    public static final String CONVENE = "convene";
    public static final String MINUTES = "minutes";
}
