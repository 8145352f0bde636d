package org.regionalcoop.grants;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;

/**
 * A programme's money as its ledger entries add up; never stored. Reserved is what reservations still hold
 * (reserve − award − release, per item never below zero); awarded and disbursed are net of reclaims, and reclaimed
 * is what reclaims took back; available is what neither a reservation nor an award holds.
 */
@Schema(description = "A budget year's money as its ledger adds up: reserved, awarded, disbursed, reclaimed and still available")
public record Balances(@Schema(description = "the budget year's id") long programmeId,
                       @Schema(description = "the year's budget, yuan; 0.00 for support that is not money") Money budget,
                       @Schema(description = "yuan held for grants awaiting their officer's decision") Money reserved,
                       @Schema(description = "yuan awarded, net of reclaims") Money awarded,
                       @Schema(description = "yuan paid out for verified milestones, net of reclaims") Money disbursed,
                       @Schema(description = "yuan taken back from recipients") Money reclaimed,
                       @Schema(description = "yuan neither reserved nor awarded") Money available) {
}
