package org.regionalcoop.grants;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * One movement in the budget ledger, with its cause: the agreement, the item (grant) and, for disbursements
 * and reclaims, the project and milestone.
 */
@Schema(description = "One movement in a programme's budget ledger with its cause: the agreement, the grant and, for disbursements and reclaims, the project and milestone")
public record LedgerEntry(@Schema(description = "the entry's number, increasing in the order entries are written") long id,
                          @Schema(description = "the budget year the entry belongs to") long programmeId,
                          @Schema(description = "reserve (held while the grant officer decides), award, release (the "
                                  + "rest of a reservation returned), disburse or reclaim") EntryKind kind,
                          @Schema(description = "yuan moved, positive") Money amount,
                          @Schema(description = "the agreement whose grant caused it") UUID agreementId,
                          @Schema(description = "the grant that caused it") GrantId grantId,
                          @Schema(description = "the project paid for, for a disbursement or reclaim; null otherwise")
                          @Nullable UUID projectId,
                          @Schema(description = "the project's milestone paid for, for a disbursement or reclaim; null "
                                  + "otherwise") @Nullable String milestone,
                          @Schema(description = "who wrote it: a grant officer's user id, or the platform's name for "
                                  + "what it does itself") String actor,
                          @Schema(description = "why, e.g. a reclaim's reason; null if none") @Nullable String reason,
                          @Schema(description = "when it was written, UTC") Instant recordedAt) {
}
