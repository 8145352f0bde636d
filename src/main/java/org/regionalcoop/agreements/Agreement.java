package org.regionalcoop.agreements;

import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;

/** An agreement as it stands: its status and its current version. */
public record Agreement(
        AgreementId id,
        GovernmentCode initiator,
        AgreementStatus status,
        AgreementVersion current,
        String proposedBy,
        Instant proposedAt) {
}
