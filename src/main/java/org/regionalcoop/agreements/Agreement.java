package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.Optional;

/**
 * An agreement as it stands: its status and its current version.
 *
 * @param renewalOf the agreement this one renews, if it is a renewal
 */
public record Agreement(
        AgreementId id,
        GovernmentCode initiator,
        AgreementStatus status,
        AgreementVersion current,
        String proposedBy,
        Instant proposedAt,
        Optional<AgreementId> renewalOf) {
}
