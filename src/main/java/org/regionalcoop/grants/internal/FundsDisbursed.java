package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.GrantId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** Awarded money was paid out for a verified milestone of a joint project. */
@Published(type = "grant.funds-disbursed", topic = "coop.grants.v1")
record FundsDisbursed(UUID agreementId, GrantId grantId, long programmeId, Money amount, UUID projectId,
                      String milestone, String reason, String actor, Instant recordedAt) implements AgreementEvent {
}
