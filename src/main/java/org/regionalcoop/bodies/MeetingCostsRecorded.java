package org.regionalcoop.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * The host of a meeting recorded a cost it bore for it. Where the body shares its meeting costs ({@code shared}),
 * settlement counts it as paid by the host and shares it among the participants by their cost shares. {@code amount} is
 * in the agreement's settlement currency; {@code original}, when the host paid in another, what it paid at the agreed
 * rate.
 */
@Published(type = "body.meeting-costs-recorded", topic = "coop.agreements.v1")
public record MeetingCostsRecorded(UUID agreementId, MeetingId meetingId, UUID costId, String body, int number,
                                   GovernmentCode host, Money amount,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) OriginalAmount original,
                                   String description, boolean shared,
                                   String recordedBy, Instant recordedAt) implements AgreementEvent {
}
