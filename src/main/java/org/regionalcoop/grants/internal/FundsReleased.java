package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.GrantId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** What a reservation held beyond the award (or all of it, on a decline) went back to the programme's budget. */
@Published(type = "grant.funds-released", topic = "coop.grants.v1")
record FundsReleased(UUID agreementId, GrantId grantId, long programmeId, Money amount, UUID projectId,
                     String milestone, String reason, String actor, Instant recordedAt) implements AgreementEvent {
}
