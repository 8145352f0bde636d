package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.GrantId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** Reserved (or available) money of a programme was committed to an awarded item; the ledger side of grant.awarded. */
@Published(type = "grant.funds-awarded", topic = "coop.grants.v1")
record FundsAwarded(UUID agreementId, GrantId grantId, long programmeId, Money amount, UUID projectId,
                    String milestone, String reason, String actor, Instant recordedAt) implements AgreementEvent {
}
