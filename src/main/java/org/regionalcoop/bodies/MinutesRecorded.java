package org.regionalcoop.bodies;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A meeting of a governing body was held: its host recorded the minutes and the decisions taken. */
@Published(type = "body.minutes-recorded", topic = "coop.agreements.v1")
public record MinutesRecorded(UUID agreementId, MeetingId meetingId, String body, int number, GovernmentCode host,
                              String minutes, List<String> decisions, String recordedBy, Instant recordedAt)
        implements AgreementEvent {
}
