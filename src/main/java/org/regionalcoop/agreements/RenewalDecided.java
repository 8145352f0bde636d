package org.regionalcoop.agreements;

import java.time.Instant;
import java.util.UUID;

/**
 * The renewal of a closed agreement came into force or failed, and the projects the closure handed over to it moved to
 * it or were cancelled, in the transaction of the renewal's change of status. Not published outside: what the closed
 * agreement's accounts still hold is settled on hearing it.
 *
 * @param agreementId the closed agreement
 * @param renewalId   its renewal
 * @param inForce     whether the renewal came into force (else it failed)
 */
public record RenewalDecided(UUID agreementId, UUID renewalId, boolean inForce, Instant decidedAt) {
}
