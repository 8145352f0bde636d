package org.regionalcoop.bodies;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The next meeting of a governing body is on its schedule, with the host the body's rotation gives it. */
@Published(type = "body.meeting-scheduled", topic = "coop.agreements.v1")
record MeetingScheduled(UUID agreementId, MeetingId meetingId, String body, int number, LocalDate scheduledOn,
                        GovernmentCode host, Instant scheduledAt) implements AgreementEvent {
}
