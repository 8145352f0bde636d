package org.regionalcoop.grants;

import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * A requested item was declined: by the grant officer, or by the platform because the decision table found it
 * ineligible or the programme's budget was exhausted ({@code decidedBy} then names the platform).
 */
@Published(type = "grant.declined", topic = "coop.grants.v1")
public record GrantDeclined(UUID agreementId, GrantId grantId, SupportType supportType, String agency, String reason,
                            String decidedBy, Instant decidedAt) implements AgreementEvent {
}
