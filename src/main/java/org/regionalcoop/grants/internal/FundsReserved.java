package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.GrantId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The central share of a requested item is held in its programme's budget while the grant officer decides. */
@Published(type = "grant.funds-reserved", topic = "coop.grants.v1")
record FundsReserved(UUID agreementId, GrantId grantId, long programmeId, Money amount, UUID projectId,
                     String milestone, String reason, String actor, Instant recordedAt) implements AgreementEvent {
}
