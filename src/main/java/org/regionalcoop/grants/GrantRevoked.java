package org.regionalcoop.grants;

import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The agency's grant officer revoked a granted status (pilot zone) or land quota before its validity ended. */
@Published(type = "grant.revoked", topic = "coop.grants.v1")
public record GrantRevoked(UUID agreementId, GrantId grantId, SupportType supportType, String agency, String reason,
                           String revokedBy, Instant revokedAt) implements AgreementEvent {
}
