package org.regionalcoop.bodies;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** A meeting not yet held was called off because its agreement left force (it entered closure). */
@Published(type = "body.meeting-cancelled", topic = "coop.agreements.v1")
record MeetingCancelled(UUID agreementId, MeetingId meetingId, String body, int number, GovernmentCode host,
                        Instant cancelledAt) implements AgreementEvent {
}
