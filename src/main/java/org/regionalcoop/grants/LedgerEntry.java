package org.regionalcoop.grants;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * One movement in the budget ledger, with its cause: the agreement, the item (grant) and, for disbursements
 * and reclaims, the project and milestone.
 */
@Schema(description = "One movement in a programme's budget ledger with its cause: the agreement, the grant and, for disbursements and reclaims, the project and milestone")
public record LedgerEntry(long id, long programmeId, EntryKind kind, Money amount, UUID agreementId, GrantId grantId,
                          UUID projectId, String milestone, String actor, String reason, Instant recordedAt) {
}
