package org.regionalcoop.bodies;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The host convened a meeting of a governing body: when, where and on what. */
@Published(type = "body.meeting-convened", topic = "coop.agreements.v1")
public record MeetingConvened(UUID agreementId, MeetingId meetingId, String body, int number, GovernmentCode host,
                              LocalDate heldOn, String venue, String agenda, String convenedBy, Instant convenedAt)
        implements AgreementEvent {
}
