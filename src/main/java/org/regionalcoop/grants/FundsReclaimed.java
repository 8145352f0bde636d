package org.regionalcoop.grants;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The agency's grant officer took disbursed money back into the programme, e.g. for a milestone found untrue. */
@Published(type = "grant.funds-reclaimed", topic = "coop.grants.v1")
public record FundsReclaimed(UUID agreementId, GrantId grantId, long programmeId, Money amount, UUID projectId,
                            String milestone, String reason, String actor, Instant recordedAt) implements AgreementEvent {
}
